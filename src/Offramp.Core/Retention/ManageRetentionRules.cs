using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Retention;

/// <summary>
/// The organisation admin's retention rules: how long after a case closes each kind of data is kept, per program of
/// their own organisation. Anyone else, and any program of another organisation, gets "not found". Setting a rule
/// changes nothing yet; <see cref="RunOrganisationRetention"/> applies the rules.
/// </summary>
public sealed class ManageRetentionRules(OfframpDbContext db, ScopeLoader scopes, SetRetentionRule set)
{
    public async Task<IReadOnlyList<RetentionRuleView>> ListAsync(CancellationToken ct = default)
    {
        var organisationId = await AdminOrganisationAsync(ct);
        var rules = await db.Set<RetentionRule>().AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .Join(db.Programs, r => r.ProgramId, p => p.Id, (r, p) => new { Rule = r, ProgramName = p.Name })
            .ToListAsync(ct);
        return [.. rules.OrderBy(x => x.ProgramName, StringComparer.CurrentCulture).ThenBy(x => x.Rule.RecordType)
            .Select(x => new RetentionRuleView(x.Rule.Id, x.Rule.Version, x.Rule.ProgramId, x.ProgramName, x.Rule.RecordType, x.Rule.YearsAfterClosure))];
    }

    public async Task SetAsync(RetentionRuleCommand command, CancellationToken ct = default)
    {
        var organisationId = await AdminOrganisationAsync(ct);
        CommandValidation.Ensure(command);
        if (!Enum.IsDefined(command.RecordType))
        {
            throw new DomainException("Choose a kind of data.", nameof(command.RecordType));
        }

        var programId = command.ProgramId!.Value;
        if (!await db.Programs.AnyAsync(p => p.Id == programId && p.OrganisationId == organisationId, ct))
        {
            throw new DomainException("Choose one of your organisation's programs.", nameof(command.ProgramId));
        }

        await set.ExecuteAsync(programId, command.RecordType, command.YearsAfterClosure, ct);
    }

    public async Task RemoveAsync(Guid ruleId, int expectedVersion, CancellationToken ct = default)
    {
        var organisationId = await AdminOrganisationAsync(ct);
        var rule = await db.Set<RetentionRule>().SingleOrDefaultAsync(r => r.Id == ruleId && r.OrganisationId == organisationId, ct)
            ?? throw new NotFoundException();
        if (rule.Version != expectedVersion)
        {
            throw new ConcurrencyException();
        }

        db.Set<RetentionRule>().Remove(rule);
        db.Audit.Record(AuditActions.Delete, AuditEntities.RetentionRule, rule.Id, null, $"{rule.RecordType} rule removed");
        await db.SaveChangesAsync(ct);
    }

    private async Task<Guid> AdminOrganisationAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        return scope.IsOrganisationAdmin ? scope.OrganisationId : throw new NotFoundException();
    }
}

public sealed record RetentionRuleView(Guid Id, int Version, Guid ProgramId, string ProgramName, RetainedRecord RecordType, int YearsAfterClosure);
