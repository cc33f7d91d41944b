using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Safeguarding;

public sealed class RaiseConcernCommand : IValidatableCommand
{
    [Required(ErrorMessage = "Describe what was observed.")]
    [StringLength(5000, ErrorMessage = "The observation is limited to 5,000 characters.")]
    public string Observation { get; set; } = "";

    [PastDate]
    public DateOnly ObservedOn { get; set; }

    [Required(ErrorMessage = "Say who observed it (a role or source, not a private person's name).")]
    [StringLength(200)]
    public string ObservedBy { get; set; } = "";

    [DefinedEnum]
    public ConcernUrgency Urgency { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ObservedOn == default)
        {
            yield return (nameof(ObservedOn), "Enter the date of the observation.");
        }
    }
}
