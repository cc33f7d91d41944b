using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Participants;

/// <summary>
/// Who the participant is and the demographics kept beside it, as a referral registers them and a correction changes
/// them: one set of fields and one rule for both, so a year of birth refused at registration is refused on a correction.
/// </summary>
public abstract class ParticipantDetailsCommand : IValidatableCommand
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

    public virtual IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (string.IsNullOrWhiteSpace(Identity.GivenName) && string.IsNullOrWhiteSpace(Identity.FamilyName))
        {
            yield return ("Identity.GivenName", "Enter at least a given or a family name.");
        }

        if (YearOfBirth is { } year && year > SystemClock.Wall.Today.Year)
        {
            yield return (nameof(YearOfBirth), "Year of birth cannot be in the future.");
        }

        if (Identity.DateOfBirth is { } dob && YearOfBirth is { } y && dob.Year != y)
        {
            yield return (nameof(YearOfBirth), "Year of birth does not match the date of birth.");
        }
    }

    /// <summary>
    /// Copies the demographics onto the participant; the year of birth comes from the date of birth when only that is
    /// known, so age bands work for both. The identity is sealed separately (<see cref="IdentitySealer"/>).
    /// </summary>
    public void ApplyDemographicsTo(Participant participant)
    {
        participant.Gender = Gender;
        participant.YearOfBirth = YearOfBirth ?? Identity.DateOfBirth?.Year;
        participant.Nationality = Nationality?.Trim();
        participant.Languages = Languages?.Trim();
        participant.SiteId = SiteId;
    }
}
