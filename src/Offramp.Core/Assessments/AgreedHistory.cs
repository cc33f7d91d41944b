using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments;

/// <summary>An agreed assessment with the definition of the version it was made on.</summary>
public sealed record AgreedAssessment(Assessment Assessment, InstrumentDefinition Definition);

/// <summary>A participant's agreed assessments on every version of one instrument, oldest first.</summary>
public static class AgreedHistory
{
    public static async Task<IReadOnlyList<AgreedAssessment>> LoadAsync(OfframpDbContext db, Guid participantId, string instrumentName, Guid? except, CancellationToken ct)
    {
        var rows = await (
                from a in db.Set<Assessment>().AsNoTracking().Include(a => a.Consensus)
                join v in db.Set<InstrumentVersion>().AsNoTracking() on a.InstrumentVersionId equals v.Id
                where a.ParticipantId == participantId && a.Status == AssessmentStatus.Agreed && v.Name == instrumentName && a.Id != except
                select new { a, v.Definition })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.a.AssessedOn).ThenBy(r => r.a.AgreedAt).Select(r => new AgreedAssessment(r.a, InstrumentParser.Parse(r.Definition)))];
    }
}
