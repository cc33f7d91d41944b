using System.Collections.Concurrent;

namespace Offramp.Core.Audit;

/// <summary>
/// Commits the audit events of concurrent audited reads together. A read changes nothing but the chain, yet each one
/// cost a transaction of its own: the chain's head locked, a durable commit (an fsync), the lock released. Under load
/// the commits queued behind one another (SQLite has one writer; on PostgreSQL every instance queues on the head's row
/// lock), and that queue, not the reads, set the pages' p95.
/// <para>
/// Whoever arrives while no batch is being written leads: it waits for the database, takes every event queued by
/// then, writes them in one transaction on its own unit of work and wakes the others. Each request still returns only
/// after its own events have committed, so a read is never shown without its record. The next waiter then leads the
/// events that queued meanwhile.
/// </para>
/// </summary>
internal sealed class AuditGroupCommit
{
    /// <summary>The most events one transaction appends, so one commit never grows without bound under a flood.</summary>
    private const int MaxBatch = 512;

    private static readonly ConcurrentDictionary<string, AuditGroupCommit> Databases = new();

    private readonly Lock gate = new();
    private readonly List<Waiter> queue = [];
    private bool leading;

    public static AuditGroupCommit For(string database) => Databases.GetOrAdd(database, _ => new AuditGroupCommit());

    /// <summary>
    /// Returns once <paramref name="events"/> are committed. Only when this caller leads, it waits for the database with
    /// <paramref name="waitForDatabase"/> (events queue meanwhile) and writes the batch in one transaction on its own
    /// unit of work with <paramref name="write"/>.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<AuditEvent> events, Func<Task<IDisposable?>> waitForDatabase, Func<IReadOnlyList<AuditEvent>, Task> write)
    {
        var own = new Waiter(events);
        bool lead;
        lock (gate)
        {
            queue.Add(own);
            lead = !leading;
            leading = true;
        }

        // Not cancellable: once queued, a leader may already be writing these events.
        if (!lead && await own.Turn.Task == Outcome.Committed)
        {
            return;
        }

        await LeadAsync(own, waitForDatabase, write);
    }

    private async Task LeadAsync(Waiter own, Func<Task<IDisposable?>> waitForDatabase, Func<IReadOnlyList<AuditEvent>, Task> write)
    {
        List<Waiter> batch = [own];
        try
        {
            using var turn = await waitForDatabase();
            // The leader is first in the queue, so its own events are always in the batch.
            batch = Take();
            await write([.. batch.SelectMany(w => w.Events)]);
            foreach (var waiter in batch.Where(w => w != own))
            {
                waiter.Turn.TrySetResult(Outcome.Committed);
            }
        }
        catch (Exception failure)
        {
            foreach (var waiter in batch.Where(w => w != own))
            {
                waiter.Turn.TrySetException(failure);
            }

            throw;
        }
        finally
        {
            PassTheLead(own);
        }
    }

    private List<Waiter> Take()
    {
        lock (gate)
        {
            var batch = new List<Waiter>();
            var count = 0;
            while (queue.Count > 0 && (batch.Count == 0 || count + queue[0].Events.Count <= MaxBatch))
            {
                count += queue[0].Events.Count;
                batch.Add(queue[0]);
                queue.RemoveAt(0);
            }

            return batch;
        }
    }

    private void PassTheLead(Waiter own)
    {
        lock (gate)
        {
            // Still queued only when the leader failed before taking its batch.
            queue.Remove(own);
            if (queue.Count == 0)
            {
                leading = false;
                return;
            }

            queue[0].Turn.TrySetResult(Outcome.Lead);
        }
    }

    private enum Outcome
    {
        Committed,
        Lead,
    }

    private sealed class Waiter(IReadOnlyList<AuditEvent> events)
    {
        public IReadOnlyList<AuditEvent> Events { get; } = events;

        public TaskCompletionSource<Outcome> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
