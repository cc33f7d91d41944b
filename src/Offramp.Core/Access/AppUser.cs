using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Identity;

namespace Offramp.Core.Access;

/// <summary>A person who signs in. Every user belongs to exactly one organisation; nothing crosses organisations.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }

    public required string DisplayName { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The language the person chose for the app ("fr"), or null to follow the browser's.</summary>
    [MaxLength(8)]
    public string? Language { get; set; }
}
