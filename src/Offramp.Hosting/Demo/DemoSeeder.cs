using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Security;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Seeds the demo organisation and N synthetic participants in batches (one transaction and one audit event per batch),
/// so 100,000 participants load in well under two minutes.
/// </summary>
public sealed class DemoSeeder(OfframpDbContext db, UserManager<AppUser> users, IdentitySealer sealer, FieldCipher cipher, IClock clock)
{
    private const int BatchSize = 2000;

    /// <summary>The first participants of the prison program go to the demo caseworker, so their caseload is not empty.</summary>
    private const int DemoCaseloadSize = 25;

    public async Task<DemoWorld> SeedAsync(int participants, int seed, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var world = await new DemoOrganisation(db, users).EnsureAsync(ct);
        var factory = new SyntheticCaseFactory(world, sealer, cipher, seed, clock.Today);
        var demoCaseworker = world.Accounts[Role.Caseworker].Id;
        var prisonIndex = world.Programs.FindIndex(p => p.Kind == Offramp.Core.Organisations.ProgramKind.Prison);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < participants;)
            {
                var count = Math.Min(BatchSize, participants - done);
                var batch = new List<SyntheticCase>(count);
                for (var i = 0; i < count; i++)
                {
                    var index = done + i;
                    var isDemoCase = index % world.Programs.Count == prisonIndex && index / world.Programs.Count < DemoCaseloadSize;
                    batch.Add(factory.Create(index, isDemoCase ? demoCaseworker : null));
                }

                await InsertAsync(batch, ct);
                done += count;
                progress?.Report(done);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        return world;
    }

    public Task<bool> HasDemoDataAsync(CancellationToken ct = default) =>
        db.Organisations.AnyAsync(o => o.Name == DemoOrganisation.Name, ct);

    private async Task InsertAsync(List<SyntheticCase> batch, CancellationToken ct)
    {
        db.Participants.AddRange(batch.Select(c => c.Participant));
        db.BlindIndex.AddRange(batch.SelectMany(c => c.Index));
        db.Referrals.AddRange(batch.SelectMany(c => c.Referrals));
        db.Consents.AddRange(batch.SelectMany(c => c.Consents));
        db.StageChanges.AddRange(batch.SelectMany(c => c.Stages));
        db.CaseTeamMembers.AddRange(batch.SelectMany(c => c.Team));
        db.JusticeEvents.AddRange(batch.SelectMany(c => c.Justice));
        db.Sessions.AddRange(batch.SelectMany(c => c.Sessions));
        db.Audit.Record(AuditActions.Seed, "participant", null, null, $"{batch.Count} synthetic participants");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
