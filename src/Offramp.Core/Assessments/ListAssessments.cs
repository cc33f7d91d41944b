using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments;

/// <summary>A participant's assessments, newest first, for anyone on the case.</summary>
public sealed class ListAssessments(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<IReadOnlyList<AssessmentSummary>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var rows = await (
                from a in db.Set<Assessment>().AsNoTracking()
                join v in db.Set<InstrumentVersion>().AsNoTracking() on a.InstrumentVersionId equals v.Id
                where a.ParticipantId == participantId
                select new AssessmentSummary(a.Id, a.Version, a.AssessedOn, a.Kind, a.Event, a.Status, v.Name, v.Label, a.OverallJudgement, a.Submissions.Count, v.Id))
            .ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Assessment, null, participantId, $"{rows.Count} assessments listed");
        await db.SaveChangesAsync(ct);
        return [.. rows.OrderByDescending(r => r.AssessedOn)];
    }
}
