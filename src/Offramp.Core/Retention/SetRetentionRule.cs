using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Retention;

/// <summary>Sets (adds or changes) the rule for one program and record type; run by an operator through the CLI.</summary>
public sealed class SetRetentionRule(OfframpDbContext db)
{
    public async Task<RetentionRule> ExecuteAsync(Guid programId, RetainedRecord recordType, int yearsAfterClosure, CancellationToken ct = default)
    {
        if (yearsAfterClosure is < 0 or > 100)
        {
            throw new DomainException("Years after closure must be between 0 and 100.", "years");
        }

        if (!Enum.IsDefined(recordType))
        {
            throw new DomainException(Phrase.Of($"'{recordType}' is not a record type."), "record-type");
        }

        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId, ct)
            ?? throw new DomainException("No program has this id.", "program");
        var rule = await db.Set<RetentionRule>().SingleOrDefaultAsync(r => r.ProgramId == programId && r.RecordType == recordType, ct);
        if (rule is null)
        {
            rule = new RetentionRule { OrganisationId = program.OrganisationId, ProgramId = programId, RecordType = recordType };
            db.Set<RetentionRule>().Add(rule);
        }

        rule.YearsAfterClosure = yearsAfterClosure;
        db.Audit.Record(AuditActions.Update, AuditEntities.RetentionRule, rule.Id, null, $"{recordType} {yearsAfterClosure}y after closure");
        await db.SaveChangesAsync(ct);
        return rule;
    }
}
