using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Referrals;

public sealed class RecordScreeningCommand : IValidatableCommand
{
    [DefinedEnum]
    public ScreeningDecision Decision { get; set; }

    [Required(ErrorMessage = "Give the reason for the screening decision.")]
    [StringLength(2000)]
    public string Reason { get; set; } = "";

    [PastDate]
    public DateOnly ScreenedOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Decision == ScreeningDecision.Pending)
        {
            yield return (nameof(Decision), "Choose accepted or declined.");
        }

        if (ScreenedOn == default)
        {
            yield return (nameof(ScreenedOn), "Enter the date of the screening decision.");
        }
    }
}
