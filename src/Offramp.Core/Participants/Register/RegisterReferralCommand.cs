using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Referrals;

namespace Offramp.Core.Participants.Register;

/// <summary>A new referral of a person not yet known to the program: creates the participant, the referral and the first stage.</summary>
public sealed class RegisterReferralCommand : IValidatableCommand
{
    [Required]
    public Guid ProgramId { get; set; }

    public Guid? SiteId { get; set; }

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

    [DefinedEnum]
    public ReferralSource Source { get; set; }

    [PastDate]
    public DateOnly ReferredOn { get; set; }

    [Required(ErrorMessage = "Say why the person was referred.")]
    [StringLength(4000)]
    public string Reason { get; set; } = "";

    [Required(ErrorMessage = "Say who referred the person (role or agency).")]
    [StringLength(200)]
    public string Referrer { get; set; } = "";

    public IEnumerable<(string Field, string Message)> Check()
    {
        if (string.IsNullOrWhiteSpace(Identity.GivenName) && string.IsNullOrWhiteSpace(Identity.FamilyName))
        {
            yield return ("Identity.GivenName", "Enter at least a given or a family name.");
        }

        if (ReferredOn == default)
        {
            yield return (nameof(ReferredOn), "Enter the date of the referral.");
        }

        if (YearOfBirth is { } year && year > DateTime.UtcNow.Year)
        {
            yield return (nameof(YearOfBirth), "Year of birth cannot be in the future.");
        }

        if (Identity.DateOfBirth is { } dob && YearOfBirth is { } y && dob.Year != y)
        {
            yield return (nameof(YearOfBirth), "Year of birth does not match the date of birth.");
        }
    }
}
