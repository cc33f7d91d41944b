using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Participants;

/// <summary>The identifying details of a participant, in clear only in memory and only for those in scope.</summary>
public sealed class ParticipantIdentity
{
    [StringLength(100)]
    public string? GivenName { get; set; }

    [StringLength(100)]
    public string? FamilyName { get; set; }

    /// <summary>Other names the person is known by, one per line (kunya, nicknames, earlier names).</summary>
    [StringLength(500)]
    public string? Aliases { get; set; }

    [BirthDate]
    public DateOnly? DateOfBirth { get; set; }

    [StringLength(50)]
    public string? NationalId { get; set; }

    [StringLength(500)]
    public string? Contacts { get; set; }

    [StringLength(500)]
    public string? Address { get; set; }

    public string FullName => string.Join(' ', new[] { GivenName, FamilyName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
