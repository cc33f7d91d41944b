using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Observations;

public sealed class ObservationCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly ObservedOn { get; set; }

    [DefinedEnum]
    public ObservationSource Source { get; set; }

    [DefinedEnum]
    public ObservationReliability Reliability { get; set; }

    [Required(ErrorMessage = "Describe what was observed.")]
    [StringLength(4000, ErrorMessage = "The description is limited to 4,000 characters.")]
    public string Description { get; set; } = "";

    /// <summary>Items of the participant's assessments this observation is evidence for.</summary>
    public List<ObservationLinkInput> Links { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ObservedOn == default)
        {
            yield return (nameof(ObservedOn), "Enter the date of the observation.");
        }

        if (Links.Count > 100)
        {
            yield return (nameof(Links), "At most 100 items.");
        }
    }
}

public sealed class ObservationLinkInput
{
    public Guid AssessmentId { get; set; }

    [Required]
    [StringLength(60)]
    public string ItemKey { get; set; } = "";
}
