using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// The hash chain with signed checkpoints catches every kind of tampering: an edited, deleted or reordered row and a
/// cut tail, even when the head row is rewound to match. Each tamper runs in a transaction that is rolled back
/// afterwards, with Core's <see cref="AuditVerifier"/> reading through that same transaction.
/// </summary>
public sealed class AuditTamperTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>Enough events for two signed checkpoints (one every 64 events).</summary>
    private const int MinimumEvents = (2 * AuditChainWriter.CheckpointInterval) + 20;

    [Theory]
    [BothProviders]
    public async Task An_untouched_chain_verifies(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var result = await TamperAndVerifyAsync(world, _ => Task.CompletedTask);

        var count = await world.DbAsync(db => db.AuditEvents.LongCountAsync());
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(count, result.EventCount);
        Assert.True(result.CheckpointCount >= count / AuditChainWriter.CheckpointInterval, $"{result.CheckpointCount} checkpoints for {count} events");
        Assert.Null(result.FirstBrokenSequence);
    }

    [Theory]
    [BothProviders]
    public async Task The_auditor_verifies_the_chain_through_the_api(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var response = await world.Client(Persona.Auditor).GetAsync("/api/v1/audit/verification").ExpectAsync(HttpStatusCode.OK);
        var result = await response.ReadJsonAsync<AuditVerification>();

        Assert.True(result.IsIntact, result.Message);
        Assert.True(result.CheckpointCount >= 2);
    }

    [Theory]
    [BothProviders]
    public async Task An_edited_row_is_detected_at_that_row(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var result = await TamperAndVerifyAsync(world, db => db.AuditEvents.Where(e => e.Sequence == 10)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, "nothing happened here")));

        AssertBrokenAt(result, 10, "was modified after it was written");
    }

    [Theory]
    [BothProviders]
    public async Task An_edited_row_with_a_recomputed_hash_is_detected_at_the_next_row(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var result = await TamperAndVerifyAsync(world, async db =>
        {
            var row = await db.AuditEvents.SingleAsync(e => e.Sequence == 12);
            row.Detail = "rewritten with a fresh hash";
            row.Hash = AuditHasher.Compute(row);
            await db.SaveChangesAsync();
        });

        AssertBrokenAt(result, 13, "does not link to event 12");
    }

    [Theory]
    [BothProviders]
    public async Task A_deleted_row_is_detected_at_that_row(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var result = await TamperAndVerifyAsync(world, db => db.AuditEvents.Where(e => e.Sequence == 20).ExecuteDeleteAsync());

        AssertBrokenAt(result, 20, "event 20 is missing");
    }

    [Theory]
    [BothProviders]
    public async Task Two_swapped_rows_are_detected_at_the_first(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);

        var result = await TamperAndVerifyAsync(world, async db =>
        {
            var first = await db.AuditEvents.SingleAsync(e => e.Sequence == 30);
            var second = await db.AuditEvents.SingleAsync(e => e.Sequence == 31);
            var copy = Snapshot(first);
            CopyContent(second, first);
            CopyContent(copy, second);
            await db.SaveChangesAsync();
        });

        AssertBrokenAt(result, 30, "does not link to event 29");
    }

    [Theory]
    [BothProviders]
    public async Task A_cut_tail_is_detected_by_the_head(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);
        var last = await world.DbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

        var result = await TamperAndVerifyAsync(world, db => db.AuditEvents.Where(e => e.Sequence > last - 2).ExecuteDeleteAsync());

        AssertBrokenAt(result, last - 1, "the tail was cut");
    }

    [Theory]
    [BothProviders]
    public async Task A_cut_tail_with_a_rewound_head_is_detected_by_the_signed_checkpoint(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);
        var checkpoint = await world.DbAsync(db => db.AuditCheckpoints.MaxAsync(c => c.Sequence));
        var newEnd = checkpoint - 3;

        var result = await TamperAndVerifyAsync(world, async db =>
        {
            await db.AuditEvents.Where(e => e.Sequence > newEnd).ExecuteDeleteAsync();
            var hash = await db.AuditEvents.Where(e => e.Sequence == newEnd).Select(e => e.Hash).SingleAsync();
            await db.AuditHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, newEnd).SetProperty(h => h.Hash, hash));
        });

        AssertBrokenAt(result, newEnd + 1, $"a signed checkpoint covers event {checkpoint}: the tail was cut");
    }

    [Theory]
    [BothProviders]
    public async Task A_forged_checkpoint_is_detected(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);
        var checkpoint = await world.DbAsync(db => db.AuditCheckpoints.MinAsync(c => c.Sequence));

        var result = await TamperAndVerifyAsync(world, db => db.AuditCheckpoints.Where(c => c.Sequence == checkpoint)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Hash, AuditHasher.Genesis)));

        AssertBrokenAt(result, checkpoint, "invalid signature");
    }

    [Theory]
    [BothProviders]
    public async Task Tampering_is_undone_by_the_rollback_so_the_chain_verifies_again(DatabaseProviderKind provider)
    {
        var world = await ChainAsync(provider);
        await TamperAndVerifyAsync(world, db => db.AuditEvents.Where(e => e.Sequence == 5).ExecuteDeleteAsync());

        var result = await TamperAndVerifyAsync(world, _ => Task.CompletedTask);

        Assert.True(result.IsIntact, result.Message);
    }

    private static void AssertBrokenAt(AuditVerification result, long sequence, string reason)
    {
        Assert.False(result.IsIntact);
        Assert.Equal(sequence, result.FirstBrokenSequence);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.StartsWith($"audit chain broken at event {sequence}", result.Message, StringComparison.Ordinal);
    }

    /// <summary>The class's world with at least <see cref="MinimumEvents"/> events (reads of the caseload add them).</summary>
    private async Task<TestWorld> ChainAsync(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var count = await world.DbAsync(db => db.AuditEvents.CountAsync());
        for (var i = count; i < MinimumEvents; i++)
        {
            await world.Client(Persona.CaseworkerA).GetAsync("/api/v1/participants").ExpectAsync(HttpStatusCode.OK);
        }

        return world;
    }

    private static async Task<AuditVerification> TamperAndVerifyAsync(TestWorld world, Func<OfframpDbContext, Task> tamper)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await tamper(db);
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        await transaction.RollbackAsync();
        return result;
    }

    private static AuditEvent Snapshot(AuditEvent e) => new()
    {
        Sequence = e.Sequence,
        OccurredAt = e.OccurredAt,
        UserId = e.UserId,
        OrganisationId = e.OrganisationId,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityId = e.EntityId,
        ParticipantId = e.ParticipantId,
        Origin = e.Origin,
        Detail = e.Detail,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    /// <summary>Everything but the position: what an attacker who reorders rows would move.</summary>
    private static void CopyContent(AuditEvent from, AuditEvent to)
    {
        to.OccurredAt = from.OccurredAt;
        to.UserId = from.UserId;
        to.OrganisationId = from.OrganisationId;
        to.Action = from.Action;
        to.EntityType = from.EntityType;
        to.EntityId = from.EntityId;
        to.ParticipantId = from.ParticipantId;
        to.Origin = from.Origin;
        to.Detail = from.Detail;
        to.PreviousHash = from.PreviousHash;
        to.Hash = from.Hash;
    }
}
