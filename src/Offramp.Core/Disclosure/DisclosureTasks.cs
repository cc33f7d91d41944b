using Offramp.Core.Common;
using Offramp.Core.Worklist;

namespace Offramp.Core.Disclosure;

/// <summary>Closes the worklist tasks a disclosure step resolves (the concern to decide, the approval to give).</summary>
internal static class DisclosureTasks
{
    public static void Complete(CaseTask task, Guid userId, IClock clock, string note)
    {
        task.Complete(clock.Today, userId, note);
    }
}
