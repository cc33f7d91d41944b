using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;

namespace Offramp.Core.Retention;

/// <summary>
/// The organisation admin previews and applies their organisation's retention rules. The admin holds no case role, so
/// they see counts per rule, never which participant: the removal itself is audited per participant by
/// <see cref="RunRetention"/>. Applying destroys data for good, so it needs a fresh step-up.
/// </summary>
public sealed class RunOrganisationRetention(OfframpDbContext db, ScopeLoader scopes, RunRetention run, StepUpGuard stepUp)
{
    public async Task<IReadOnlyList<RetentionOutcome>> PreviewAsync(CancellationToken ct = default)
    {
        var scope = await AdminAsync(ct);
        var actions = await run.ExecuteAsync(dryRun: true, scope.OrganisationId, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.RetentionRule, null, null, $"retention preview: {actions.Count(a => !a.KeptUnderHold)} due");
        await db.SaveChangesAsync(ct);
        return Summarise(actions);
    }

    public async Task<IReadOnlyList<RetentionOutcome>> ApplyAsync(CancellationToken ct = default)
    {
        var scope = await AdminAsync(ct);
        await stepUp.RequireFreshAsync(scope.UserId, ct);
        var actions = await run.ExecuteAsync(dryRun: false, scope.OrganisationId, ct);
        return Summarise(actions);
    }

    private static List<RetentionOutcome> Summarise(IReadOnlyList<RetentionAction> actions) =>
        [.. actions.GroupBy(a => a.RuleId).Select(g => new RetentionOutcome(g.Key, g.Count(a => !a.KeptUnderHold), g.Count(a => a.KeptUnderHold)))];

    private async Task<CallerScope> AdminAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        return scope.IsOrganisationAdmin ? scope : throw new NotFoundException();
    }
}

/// <summary>For one rule: how many closed cases are (or were) due for removal, and how many a legal hold keeps.</summary>
public sealed record RetentionOutcome(Guid RuleId, int Removed, int KeptUnderHold);
