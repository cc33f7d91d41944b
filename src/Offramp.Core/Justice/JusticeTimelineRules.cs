using Offramp.Core.Common;

namespace Offramp.Core.Justice;

/// <summary>Checks a timeline as a whole, so a correction to one date cannot make another impossible.</summary>
public static class JusticeTimelineRules
{
    public static void Ensure(IReadOnlyCollection<JusticeEvent> timeline)
    {
        var custodyStart = Earliest(timeline, JusticeEventKind.CustodyStart);
        foreach (var release in timeline.Where(e => e.Kind is JusticeEventKind.ActualRelease or JusticeEventKind.ExpectedRelease))
        {
            if (custodyStart is { } start && release.OccurredOn < start)
            {
                throw new DomainException(Phrase.Of($"A release ({release.OccurredOn:yyyy-MM-dd}) cannot precede the start of custody ({start:yyyy-MM-dd})."), "OccurredOn");
            }
        }

        var licenceStart = Earliest(timeline, JusticeEventKind.LicenceStart);
        foreach (var end in timeline.Where(e => e.Kind == JusticeEventKind.LicenceEnd))
        {
            if (licenceStart is { } start && end.OccurredOn < start)
            {
                throw new DomainException(Phrase.Of($"The licence cannot end ({end.OccurredOn:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."), "OccurredOn");
            }
        }

        var arrest = Earliest(timeline, JusticeEventKind.Arrest);
        foreach (var later in timeline.Where(e => e.Kind is JusticeEventKind.Charge or JusticeEventKind.Sentence))
        {
            if (arrest is { } a && later.OccurredOn < a)
            {
                throw new DomainException(Phrase.Of($"A {later.Kind} ({later.OccurredOn:yyyy-MM-dd}) cannot precede the arrest ({a:yyyy-MM-dd})."), "OccurredOn");
            }
        }
    }

    private static DateOnly? Earliest(IEnumerable<JusticeEvent> timeline, JusticeEventKind kind) =>
        timeline.Where(e => e.Kind == kind).Select(e => (DateOnly?)e.OccurredOn).Min();
}
