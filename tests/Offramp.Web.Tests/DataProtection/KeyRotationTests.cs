using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.KeyManagement;
using Offramp.Core.Security;
using Offramp.Core.Sessions;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>Key rotation interrupted halfway leaves every field readable; resumed, it finishes, retires the old key, and the audit chain verifies.</summary>
public sealed class KeyRotationTests
{
    [Theory]
    [BothProviders]
    public async Task An_interrupted_rotation_resumes_and_every_field_stays_readable(DatabaseProviderKind provider)
    {
        await using var world = await TestWorld.CreateAsync(provider);
        var participants = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var p = (await world.RegisterParticipantAsync(customise: c => c.Identity.GivenName = $"Name{i}")).Id;
            await world.WalkToAsync(p, Offramp.Core.Stages.Stage.Consented);
            await world.LogSessionAsync(p, Persona.CaseworkerA, ConfidentialityClass.Standard, $"Notes {i}");
            participants.Add(p);
        }

        var oldKey = await ActiveKeyAsync(world);
        using (var cancel = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RotateAsync(world, new Interrupt(cancel, afterBatches: 2), cancel.Token));
        }

        var half = await KeyIdsInUseAsync(world);
        Assert.Contains(oldKey, half);
        Assert.True(half.Count > 1, "the interrupted run re-sealed part of the data under the new key");
        await AssertAllReadableAsync(world, participants);

        var result = await RotateAsync(world, null, CancellationToken.None);

        Assert.True(result.Resumed);
        Assert.Contains(oldKey, result.RetiredKeyIds);
        Assert.Equal([result.ActiveKeyId], await KeyIdsInUseAsync(world));
        await AssertAllReadableAsync(world, participants);
        var verification = await (await world.Client(Persona.Auditor).GetAsync("/api/v1/audit/verification").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<AuditVerification>();
        Assert.True(verification.IsIntact, verification.Message);

        // Retired keys stay in the ring: a value sealed under one (e.g. by an instance that had not reloaded) still opens.
        Assert.NotNull(await world.DbAsync(db => db.ProtectedKeys.AsNoTracking().SingleAsync(k => k.Id == oldKey && k.RetiredAt != null)));
    }

    private static async Task<KeyRotationResult> RotateAsync(TestWorld world, IProgress<KeyRotationProgress>? progress, CancellationToken ct)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FieldKeyRotation>().RunAsync(batchSize: 3, progress, ct);
    }

    private static Task<int> ActiveKeyAsync(TestWorld world) =>
        world.DbAsync(db => db.ProtectedKeys.AsNoTracking().Where(k => k.Purpose == KeyPurpose.FieldEncryption && k.RetiredAt == null).MaxAsync(k => k.Id));

    private static Task<List<int>> KeyIdsInUseAsync(TestWorld world) => world.DbAsync(async db =>
    {
        var names = await db.Participants.AsNoTracking().Where(p => p.GivenNameSealed != null).Select(p => p.GivenNameSealed!).ToListAsync();
        var notes = await db.Sessions.AsNoTracking().Where(s => s.NotesSealed != null).Select(s => s.NotesSealed!).ToListAsync();
        return names.Concat(notes).Select(FieldCipher.KeyIdOf).Distinct().Order().ToList();
    });

    private static async Task AssertAllReadableAsync(TestWorld world, List<Guid> participants)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var record = await world.GetRecordAsync(participants[i]);
            Assert.Equal($"Name{i}", record.Identity.GivenName);
            Assert.Equal($"Notes {i}", Assert.Single(record.Sessions).Notes);
        }
    }

    /// <summary>Cancels the rotation after a number of batches, as Ctrl+C or a crash would.</summary>
    private sealed class Interrupt(CancellationTokenSource cancel, int afterBatches) : IProgress<KeyRotationProgress>
    {
        private int batches;

        public void Report(KeyRotationProgress value)
        {
            if (++batches == afterBatches)
            {
                cancel.Cancel();
            }
        }
    }
}
