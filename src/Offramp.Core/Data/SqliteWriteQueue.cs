using System.Collections.Concurrent;

namespace Offramp.Core.Data;

/// <summary>
/// SQLite admits one writer at a time and makes the others poll with growing sleeps (up to 100 ms each), which turned
/// a 5 ms audited commit into 100-250 ms tails when a few requests wrote at once. Writers of this process queue here
/// instead, first come first served, and reach SQLite one at a time; other processes (the CLI) still meet busy_timeout.
/// PostgreSQL needs none of this: its row locks already queue.
/// </summary>
internal static class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new();

    /// <summary>Set while this async flow holds a turn, so a nested save in the same flow never waits for itself.</summary>
    private static readonly AsyncLocal<bool> Holding = new();

    /// <summary>Waits for this database's turn; dispose the result to pass it on. Null when this flow already holds it.</summary>
    public static Task<IDisposable?> EnterAsync(string database, CancellationToken ct)
    {
        if (Holding.Value)
        {
            return Task.FromResult<IDisposable?>(null);
        }

        // Set here, outside any async method, so the flag lives in the caller's flow (an async method would discard it on return).
        Holding.Value = true;
        return WaitAsync(Queues.GetOrAdd(database, _ => new SemaphoreSlim(1, 1)), ct);
    }

    private static async Task<IDisposable?> WaitAsync(SemaphoreSlim queue, CancellationToken ct)
    {
        await queue.WaitAsync(ct);
        return new Turn(queue);
    }

    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        public void Dispose()
        {
            Holding.Value = false;
            queue.Release();
        }
    }
}
