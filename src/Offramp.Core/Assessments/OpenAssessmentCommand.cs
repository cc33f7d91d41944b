using Offramp.Core.Common;

namespace Offramp.Core.Assessments;

public sealed class OpenAssessmentCommand : IValidatableCommand
{
    /// <summary>The published instrument version to rate.</summary>
    public Guid InstrumentId { get; set; }

    [DefinedEnum]
    public AssessmentKind Kind { get; set; }

    /// <summary>Required for an event-driven assessment: incident, release or breach.</summary>
    [DefinedEnum]
    public AssessmentEvent? Event { get; set; }

    [PastDate]
    public DateOnly AssessedOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (InstrumentId == Guid.Empty)
        {
            yield return (nameof(InstrumentId), "Choose the instrument to rate.");
        }

        if (AssessedOn == default)
        {
            yield return (nameof(AssessedOn), "Enter the date the assessment is about.");
        }

        if (Kind == AssessmentKind.Event && Event is null)
        {
            yield return (nameof(Event), "Say which event led to this assessment: incident, release or breach.");
        }

        if (Kind != AssessmentKind.Event && Event is not null)
        {
            yield return (nameof(Event), "Only an event-driven assessment names an event.");
        }
    }
}
