using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Referrals;

namespace Offramp.Core.Participants.Register;

/// <summary>A new referral of a person not yet known to the program: creates the participant, the referral and the first stage.</summary>
public sealed class RegisterReferralCommand : ParticipantDetailsCommand
{
    [Required]
    public Guid ProgramId { get; set; }

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

    public override IEnumerable<(string Field, Phrase Message)> Check()
    {
        foreach (var problem in base.Check())
        {
            yield return problem;
        }

        if (ReferredOn == default)
        {
            yield return (nameof(ReferredOn), "Enter the date of the referral.");
        }
    }
}
