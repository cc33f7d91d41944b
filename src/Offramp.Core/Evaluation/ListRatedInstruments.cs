using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation;

/// <summary>
/// The names of the published instruments the program has assessments on, for choosing whose inter-rater agreement
/// to show. Names only: the agreement itself comes from <see cref="Assessments.Trajectory.ExportProgramRatings"/>.
/// </summary>
public sealed class ListRatedInstruments(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<string>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var used = db.Set<Assessment>().Where(a => a.ProgramId == program.Id).Select(a => a.InstrumentVersionId);
        return await db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == program.OrganisationId && v.Status == InstrumentStatus.Published && used.Contains(v.Id))
            .Select(v => v.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
    }
}
