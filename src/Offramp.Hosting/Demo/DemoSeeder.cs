using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Security;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Seeds the demo organisation and N synthetic participants in batches (one transaction and one audit event per batch),
/// written with prepared inserts rather than the change tracker, so 100,000 participants load in well under two minutes.
/// </summary>
public sealed class DemoSeeder(OfframpDbContext db, UserManager<AppUser> users, IdentitySealer sealer, FieldCipher cipher, Hub.DemoEvidence evidence, Hub.DemoLibrary library, IClock clock)
{
    private const int BatchSize = 2000;

    /// <summary>The first participants of the prison program go to the demo caseworker, so their caseload is not empty.</summary>
    private const int DemoCaseloadSize = 25;

    public Task<DemoWorld> SeedAsync(int participants, int seed, IProgress<int>? progress = null, CancellationToken ct = default) =>
        SeedAsync(participants, seed, programKey: null, progress, ct);

    /// <summary>
    /// Adds <paramref name="participants"/> synthetic participants spread over the demo programs, or all in the one
    /// named by <paramref name="programKey"/> (a key of <see cref="DemoProgramCatalogue"/>, e.g. "iraq").
    /// </summary>
    public async Task<DemoWorld> SeedAsync(int participants, int seed, string? programKey, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var world = await new DemoOrganisation(db, users).EnsureAsync(ct);
        var only = programKey is null ? null : world.Programs.Single(p => DemoProgramCatalogue.Of(p).Key == programKey);
        var factory = new SyntheticCaseFactory(world, sealer, cipher, seed, clock.Today);
        var demoCaseworker = world.Accounts[Role.Caseworker].Id;
        var existing = await db.Participants.LongCountAsync(p => p.OrganisationId == world.Organisation.Id, ct);
        for (var done = 0; done < participants;)
        {
            var count = Math.Min(BatchSize, participants - done);
            var batch = new List<SyntheticCase>(count);
            for (var i = 0; i < count; i++)
            {
                var index = done + i;
                var program = only ?? world.Programs[index % world.Programs.Count];
                var indexInProgram = only is null ? index / world.Programs.Count : index;
                var isDemoCase = program.Kind == ProgramKind.Prison && indexInProgram < DemoCaseloadSize;
                batch.Add(factory.Create(program, indexInProgram, existing + index, isDemoCase ? demoCaseworker : null));
            }

            await InsertAsync(batch, ct);
            done += count;
            progress?.Report(done);
        }

        await new DemoPrograms(db, cipher, clock).SeedAsync(world, seed, ct);
        await new DemoEvaluation(db, clock).SeedAsync(world, ct);
        await new DemoAssessments(db, cipher, clock).SeedAsync(world, ct);
        await new DemoRepeatedMeasures(db, cipher, clock).SeedAsync(world, seed, ct);
        await new DemoSafeguarding(db, sealer, cipher, clock).SeedAsync(world, ct);
        await new DemoCodedProfiles(db, clock).SeedAsync(world, ct);
        await evidence.SeedAsync(world, seed, ct);
        await library.SeedAsync(world, ct);

        // Fresh statistics after a bulk load, or the query planners (SQLite especially) pick plans for empty tables.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        return world;
    }

    public Task<bool> HasDemoDataAsync(CancellationToken ct = default) =>
        db.Organisations.AnyAsync(o => o.Name == DemoOrganisation.Name, ct);

    /// <summary>One transaction per batch: the rows and the audit event that records them commit together or not at all.</summary>
    private async Task InsertAsync(List<SyntheticCase> batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = new BulkInserter(db);
        await rows.InsertAsync([.. batch.Select(c => c.Participant)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Index)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Referrals)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Consents)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Stages)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Team)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Justice)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.Sessions)], ct);
        await rows.InsertAsync([.. batch.SelectMany(c => c.SessionAttendees)], ct);
        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Participant, $"{batch.Count} synthetic participants");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // Forget the audit head: another writer (a running web app) may move it before the next batch.
        db.ChangeTracker.Clear();
    }
}
