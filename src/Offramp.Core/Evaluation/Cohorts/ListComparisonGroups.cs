using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>The program's imported comparison groups (name, definition, size).</summary>
public sealed class ListComparisonGroups(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<ComparisonGroupView>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        return await db.Set<ComparisonGroup>().AsNoTracking().Where(g => g.ProgramId == program.Id).OrderBy(g => g.Name)
            .Select(g => new ComparisonGroupView(g.Id, g.Name, g.Definition, g.Size, g.ImportedAt, g.Design)).ToListAsync(ct);
    }
}

public sealed record ComparisonGroupView(Guid Id, string Name, string Definition, int Size, DateTimeOffset ImportedAt, ComparisonDesign Design);
