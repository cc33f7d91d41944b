using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// The demo's evidence hub: a separate organisation, with its admin account, that registers publishers' keys and
/// receives their signed bundles through the same use cases as the hub's pages, so every refusal rule applies.
/// </summary>
public sealed class DemoHub(OfframpDbContext db, UserManager<AppUser> users, RegisterHubPublisher register, ReceiveEvidenceBundle receive)
{
    public const string Name = "Demo Evidence Hub";

    public async Task<HubCaller> EnsureAsync(CancellationToken ct)
    {
        var hub = await db.Organisations.SingleOrDefaultAsync(o => o.Name == Name, ct);
        if (hub is null)
        {
            hub = new Organisation { Name = Name, Jurisdiction = "Demo", IsEvidenceHub = true };
            db.Organisations.Add(hub);
            db.Audit.Record(AuditActions.Seed, AuditEntities.Organisation, hub.Id, null, "demo evidence hub created");
            await db.SaveChangesAsync(ct);
        }

        var admin = await DemoOrganisation.EnsureAccountAsync(db, users, DemoAccounts.HubAdmin, hub.Id, [null], ct);
        return new HubCaller(hub.Id, admin.Id, IsAdmin: true);
    }

    /// <summary>Registers the publisher's key (unless the hub knows it) and receives its files in order.</summary>
    public async Task PublishAsync(HubCaller hub, string publisher, byte[] publicKey, IEnumerable<byte[]> files, CancellationToken ct)
    {
        var keyId = Core.Evidence.Signing.PublishingKeys.KeyIdOf(publicKey);
        if (!await db.Set<HubPublisherKey>().AnyAsync(k => k.KeyId == keyId, ct))
        {
            await register.ForHubAsync(hub, new RegisterHubPublisherCommand { Name = publisher, PublicKey = Convert.ToBase64String(publicKey) }, ct);
        }

        foreach (var file in files)
        {
            await receive.ForHubAsync(hub, file, ct);
        }
    }

    /// <summary>The synthetic organisations' programs, each publishing its last <paramref name="years"/> completed years and then everything since it began.</summary>
    public async Task<int> PublishSyntheticAsync(HubCaller hub, IEnumerable<SyntheticProgram> programs, int years, int seed, DateOnly today, CancellationToken ct)
    {
        var bundles = 0;
        foreach (var organisation in programs.GroupBy(p => p.Organisation))
        {
            using var publisher = new SyntheticPublisher(organisation.Key);
            foreach (var program in organisation)
            {
                var first = Math.Max(program.FirstYear, today.Year - years);
                var periods = Enumerable.Range(first, Math.Max(0, today.Year - first)).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("all");
                var files = publisher.Publish(program, seed ^ StableHash(program.Name), today, periods);
                await PublishAsync(hub, organisation.Key, publisher.PublicKey, files, ct);
                bundles += files.Count;
                db.ChangeTracker.Clear();
            }
        }

        return bundles;
    }

    /// <summary>The same number for the same name in every process (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
