using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// On first start the demo publishes: each demo program's last completed year and everything since it began are
/// proposed by the demo evaluator and released by the demo director, then the demo hub registers the organisation's
/// key and receives them, next to the bundles of three synthetic organisations. The compare page means something at once.
/// </summary>
public sealed class DemoEvidence(OfframpDbContext db, ProposeEvidenceBundle propose, ReleaseEvidenceBundle release, DemoHub hub, IClock clock)
{
    public async Task SeedAsync(DemoWorld world, int seed, CancellationToken ct)
    {
        var caller = await hub.EnsureAsync(ct);
        if (await db.Set<EvidenceRelease>().AnyAsync(r => r.OrganisationId == world.Organisation.Id, ct))
        {
            return;
        }

        var files = new List<byte[]>();
        foreach (var program in world.Programs)
        {
            foreach (var period in new[] { (clock.Today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "all" })
            {
                var proposal = await propose.ForOperatorAsync(program.Name, new ProposeEvidenceCommand
                {
                    Period = period,
                    Region = "Demo region",
                    Movements = program.Kind == ProgramKind.Returnee ? [Movement.Jihadist] : [Movement.Jihadist, Movement.FarRight],
                    // Everything-so-far bundles also say how participants fared by their exit status at entry (for whom).
                    BreakDownBy = period == "all" ? [SyntheticPublisher.ExitStatus] : [],
                }, ct);
                files.Add(await release.ForDemoAsync(proposal, world.Accounts[Role.Evaluator].Id, world.Accounts[Role.ProgramDirector].Id, ct));
                db.ChangeTracker.Clear();
            }
        }

        var key = await db.Set<PublishingKey>().AsNoTracking().Where(k => k.OrganisationId == world.Organisation.Id && k.RetiredAt == null).SingleAsync(ct);
        await hub.PublishAsync(caller, world.Organisation.Name, key.PublicKey, files, ct);
        await hub.PublishSyntheticAsync(caller, SyntheticOrganisations.Demo, years: 2, seed, clock.Today, ct);
    }
}
