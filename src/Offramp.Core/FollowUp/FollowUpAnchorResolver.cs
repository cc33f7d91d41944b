using Offramp.Core.Justice;

namespace Offramp.Core.FollowUp;

/// <summary>Where a release-based schedule counts from: the latest actual release, else the latest expected release.</summary>
public static class FollowUpAnchorResolver
{
    public static (FollowUpAnchor Anchor, DateOnly Date)? FromTimeline(IEnumerable<JusticeEvent> timeline)
    {
        var events = timeline.ToList();
        var actual = events.Where(e => e.Kind == JusticeEventKind.ActualRelease).Select(e => (DateOnly?)e.OccurredOn).Max();
        if (actual is { } released)
        {
            return (FollowUpAnchor.ActualRelease, released);
        }

        var expected = events.Where(e => e.Kind == JusticeEventKind.ExpectedRelease).Select(e => (DateOnly?)e.OccurredOn).Max();
        return expected is { } due ? (FollowUpAnchor.ExpectedRelease, due) : null;
    }

    public static bool IsReleaseBased(FollowUpAnchor anchor) => anchor is FollowUpAnchor.ActualRelease or FollowUpAnchor.ExpectedRelease;
}
