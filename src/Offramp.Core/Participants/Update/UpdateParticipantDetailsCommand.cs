using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Participants.Update;

public sealed class UpdateParticipantDetailsCommand : IValidatableCommand
{
    [Required]
    public ParticipantIdentity Identity { get; set; } = new();

    [DefinedEnum]
    public Gender Gender { get; set; }

    [Range(1900, 2100, ErrorMessage = "Year of birth must be between 1900 and 2100.")]
    public int? YearOfBirth { get; set; }

    [StringLength(100)]
    public string? Nationality { get; set; }

    [StringLength(200)]
    public string? Languages { get; set; }

    public Guid? SiteId { get; set; }

    public IEnumerable<(string Field, string Message)> Check()
    {
        if (string.IsNullOrWhiteSpace(Identity.GivenName) && string.IsNullOrWhiteSpace(Identity.FamilyName))
        {
            yield return ("Identity.GivenName", "Enter at least a given or a family name.");
        }
    }
}
