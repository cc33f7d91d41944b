using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation;

/// <summary>
/// The gate to a program's evaluation: its directors and evaluators see aggregates and de-identified data; everyone
/// else, and any program of another organisation, gets 404 like a program that does not exist. Both define what
/// success means (evaluators are the ones who write metrics down); only the director releases evidence. The command
/// line (an operator with the database and the key ring) names the program.
/// </summary>
public sealed class EvaluationAccess(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<EvaluatedProgram> ForCallerAsync(Guid programId, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!(scope.Has(Role.ProgramDirector, programId) || scope.Has(Role.Evaluator, programId)))
        {
            throw new NotFoundException();
        }

        return await LoadAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, scope.Has(Role.ProgramDirector, programId), ct)
            ?? throw new NotFoundException();
    }

    public async Task<EvaluatedProgram> ForOperatorAsync(string programName, CancellationToken ct = default)
    {
        var matches = await db.Programs.AsNoTracking().Where(p => p.Name == programName).Select(p => p.Id).Take(2).ToListAsync(ct);
        return matches.Count switch
        {
            0 => throw new DomainException(Phrase.Of($"There is no program named '{programName}'."), "program"),
            > 1 => throw new DomainException(Phrase.Of($"Several organisations have a program named '{programName}'."), "program"),
            _ => (await LoadAsync(p => p.Id == matches[0], isDirector: true, ct))!,
        };
    }

    private Task<EvaluatedProgram?> LoadAsync(System.Linq.Expressions.Expression<Func<Organisations.OfframpProgram, bool>> which, bool isDirector, CancellationToken ct) =>
        db.Programs.AsNoTracking().Where(which)
            .Select(p => new EvaluatedProgram(p.Id, p.OrganisationId, p.Name, isDirector))
            .SingleOrDefaultAsync(ct);
}

/// <summary>A program the caller may evaluate; <see cref="IsDirector"/> when the caller directs it (only the director releases evidence).</summary>
public sealed record EvaluatedProgram(Guid Id, Guid OrganisationId, string Name, bool IsDirector)
{
    public void RequireDirector()
    {
        if (!IsDirector)
        {
            throw new NotFoundException();
        }
    }
}
