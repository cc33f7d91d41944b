using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Stages;

public sealed class ChangeStageCommand : IValidatableCommand
{
    [DefinedEnum]
    public Stage ToStage { get; set; }

    [PastDate]
    public DateOnly EffectiveOn { get; set; }

    [Required(ErrorMessage = "Give the reason for the change.")]
    [StringLength(2000)]
    public string Reason { get; set; } = "";

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (EffectiveOn == default)
        {
            yield return (nameof(EffectiveOn), "Enter the date the change takes effect.");
        }
    }
}
