using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Justice;

public sealed class JusticeEventCommand : IValidatableCommand
{
    [DefinedEnum]
    public JusticeEventKind Kind { get; set; }

    [PlausibleDate]
    public DateOnly OccurredOn { get; set; }

    [Range(1, 1200, ErrorMessage = "Sentence length must be between 1 and 1200 months.")]
    public int? SentenceMonths { get; set; }

    [StringLength(200)]
    public string? Reference { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (OccurredOn == default)
        {
            yield return (nameof(OccurredOn), "Enter the date of the event.");
        }

        if (Kind == JusticeEventKind.Sentence && SentenceMonths is null)
        {
            yield return (nameof(SentenceMonths), "Enter the length of the sentence in months.");
        }

        if (Kind != JusticeEventKind.Sentence && SentenceMonths is not null)
        {
            yield return (nameof(SentenceMonths), "A length is recorded only for a sentence.");
        }

        // Only expected release and licence end can lie ahead; everything else has happened.
        if (Kind is not (JusticeEventKind.ExpectedRelease or JusticeEventKind.LicenceEnd) && OccurredOn > SystemClock.Wall.Today.AddDays(1))
        {
            yield return (nameof(OccurredOn), "This event cannot be in the future.");
        }
    }
}
