namespace Offramp.Core.Audit;

/// <summary>
/// The rule that makes a forgotten read audit impossible rather than unlikely, as <see cref="UnauditedCaseChanges"/>
/// does for writes: before a read shows anything, every participant whose record a use case opened through
/// <see cref="Access.ParticipantAccess.GetAsync"/> must be named by a committed audit event, a list of participants
/// must have left one, and no recorded event may still be waiting to be saved. The web checks it after every successful
/// GET, on pages and in the API, so case data never leaves unrecorded. A use case that needs only the caller's
/// standing and shows nothing of the record says so with <see cref="Access.ParticipantAccess.StandingAsync"/>.
/// </summary>
public static class ReadsOnRecord
{
    /// <summary>Throws <see cref="UnrecordedReadException"/> if this unit of work read case data off the record.</summary>
    public static void Require(AuditTrail trail)
    {
        var problems = new List<string>();
        if (trail.Pending.Count > 0)
        {
            problems.Add($"{trail.Pending.Count} audit event(s) were recorded but never saved");
        }

        if (trail.OpenedOffTheRecord is > 0 and var opened)
        {
            problems.Add($"{opened} participant record(s) were opened without an audit event naming them");
        }

        if (trail.ListedOffTheRecord)
        {
            problems.Add("a list of participants was read without an audit event");
        }

        if (problems.Count > 0)
        {
            // Counts only: the message reaches the log, and a log never names a participant.
            throw new UnrecordedReadException($"A read was about to be shown off the record: {string.Join("; ", problems)}. Record it with db.Audit.Record and save in the use case.");
        }
    }
}

/// <summary>A programming error: a use case read case data without putting the read on record. Nothing is shown.</summary>
public sealed class UnrecordedReadException(string message) : InvalidOperationException(message);
