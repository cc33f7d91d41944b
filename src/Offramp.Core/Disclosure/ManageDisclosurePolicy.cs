using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Organisations.Admin;

namespace Offramp.Core.Disclosure;

/// <summary>The organisation admin maintains the thresholds, the recipient agencies and the four-eyes rule.</summary>
public sealed class ManageDisclosurePolicy(OfframpDbContext db, ScopeLoader scopes, DisclosureSources sources)
{
    public async Task<DisclosurePolicyView> GetAsync(CancellationToken ct = default)
    {
        // The lists are not secret: every member of staff may know which thresholds and agencies the organisation uses.
        var scope = await scopes.GetAsync(ct);
        var policy = await sources.PolicyAsync(scope.OrganisationId, ct);
        return new DisclosurePolicyView(policy.Version, policy.ThresholdList, policy.AgencyList, policy.RequiresFourEyes);
    }

    public async Task<int> UpdateAsync(int expectedVersion, DisclosurePolicyCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        CommandValidation.Ensure(command);
        var policy = await db.Set<DisclosurePolicy>().SingleOrDefaultAsync(p => p.OrganisationId == scope.OrganisationId, ct);
        if (policy is null)
        {
            policy = DisclosurePolicy.Defaults(scope.OrganisationId);
            db.Set<DisclosurePolicy>().Add(policy);
        }
        else
        {
            db.ExpectVersion(policy, expectedVersion);
        }

        policy.Thresholds = string.Join('\n', DisclosurePolicy.Lines(string.Join('\n', command.Thresholds)));
        policy.Agencies = string.Join('\n', DisclosurePolicy.Lines(string.Join('\n', command.Agencies)));
        policy.RequiresFourEyes = command.RequiresFourEyes;
        db.Audit.Record(AuditActions.Update, AuditEntities.DisclosurePolicy, policy.Id, null, $"four eyes {(command.RequiresFourEyes ? "on" : "off")}");
        await db.SaveChangesAsync(ct);
        return policy.Version;
    }
}

public sealed record DisclosurePolicyView(int Version, IReadOnlyList<string> Thresholds, IReadOnlyList<string> Agencies, bool RequiresFourEyes);
