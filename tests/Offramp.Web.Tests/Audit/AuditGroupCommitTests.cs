using Offramp.Core.Audit;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// Audited reads that arrive while the database is busy are committed together, and each returns only once its own
/// events are written: never before, never lost when the leader fails early, always failed when their batch fails.
/// </summary>
public sealed class AuditGroupCommitTests
{
    [Fact]
    public async Task Reads_that_queue_while_the_leader_waits_for_the_database_are_written_in_its_one_transaction()
    {
        var group = AuditGroupCommit.For($"test-{Guid.NewGuid():N}");
        var database = new TaskCompletionSource<IDisposable?>();
        var batches = new List<int>();
        Task Write(IReadOnlyList<AuditEvent> batch)
        {
            lock (batches)
            {
                batches.Add(batch.Count);
            }

            return Task.CompletedTask;
        }

        var leader = group.CommitAsync(Events(1), () => database.Task, Write);
        var followers = Enumerable.Range(0, 3).Select(_ => group.CommitAsync(Events(2), () => Task.FromResult<IDisposable?>(null), Write)).ToList();
        await Task.Delay(50);
        Assert.False(leader.IsCompleted || followers.Any(f => f.IsCompleted), "nothing may return before it is written");

        database.SetResult(null);
        await Task.WhenAll([leader, .. followers]);

        Assert.Equal([7], batches);
    }

    [Fact]
    public async Task When_the_batch_fails_every_read_in_it_fails_and_the_next_one_still_gets_written()
    {
        var group = AuditGroupCommit.For($"test-{Guid.NewGuid():N}");
        var database = new TaskCompletionSource<IDisposable?>();
        var written = 0;
        var leader = group.CommitAsync(Events(1), () => database.Task, _ => throw new InvalidOperationException("disk full"));
        var follower = group.CommitAsync(Events(1), () => Task.FromResult<IDisposable?>(null), _ => Task.CompletedTask);
        database.SetResult(null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => leader);
        await Assert.ThrowsAsync<InvalidOperationException>(() => follower);
        await group.CommitAsync(Events(1), () => Task.FromResult<IDisposable?>(null), batch =>
        {
            written += batch.Count;
            return Task.CompletedTask;
        });
        Assert.Equal(1, written);
    }

    [Fact]
    public async Task A_leader_that_fails_before_taking_its_batch_leaves_the_queued_reads_to_the_next_leader()
    {
        var group = AuditGroupCommit.For($"test-{Guid.NewGuid():N}");
        var database = new TaskCompletionSource<IDisposable?>();
        var written = new List<int>();
        Task Write(IReadOnlyList<AuditEvent> batch)
        {
            written.Add(batch.Count);
            return Task.CompletedTask;
        }

        var leader = group.CommitAsync(Events(1), () => database.Task, Write);
        var follower = group.CommitAsync(Events(3), () => Task.FromResult<IDisposable?>(null), Write);
        database.SetException(new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => leader);
        await follower;
        Assert.Equal([3], written);
    }

    private static List<AuditEvent> Events(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new AuditEvent { Action = "read", EntityType = "participant", PreviousHash = "", Hash = "" })];
}
