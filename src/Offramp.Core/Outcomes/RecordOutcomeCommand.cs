using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Outcomes;

public sealed class RecordOutcomeCommand : IValidatableCommand
{
    [DefinedEnum]
    public OutcomeType Type { get; set; }

    [PastDate]
    public DateOnly OccurredOn { get; set; }

    [DefinedEnum]
    public InformationSource Source { get; set; }

    [DefinedEnum]
    public OutcomeConfidence Confidence { get; set; }

    [StringLength(5000, ErrorMessage = "Details are limited to 5,000 characters.")]
    public string? Details { get; set; }

    /// <summary>The follow-up at which this was learned, if any.</summary>
    public Guid? FollowUpId { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (OccurredOn == default)
        {
            yield return (nameof(OccurredOn), "Enter the date of the outcome (the best known date).");
        }

        // A conviction is a matter of record: calling one "suspected" would blur the definitions evaluators count.
        if (OutcomeTaxonomy.Reconviction.Contains(Type) && Confidence == OutcomeConfidence.Suspected)
        {
            yield return (nameof(Confidence), "A reconviction is either confirmed by a record or reported; record a suspicion as re-arrest or re-engagement.");
        }
    }
}
