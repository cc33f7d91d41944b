using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Mentoring;

/// <summary>
/// What the director may put in the mentor registry: for each program they direct, the people holding the Mentor
/// role there and the staff who could supervise them. Staff names only, no case data.
/// </summary>
public sealed class ListRegistryChoices(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<RegistryProgram>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var directed = scope.DirectedPrograms.ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => p.OrganisationId == scope.OrganisationId && directed.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var staff = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.OrganisationId == scope.OrganisationId && r.ProgramId != null && directed.Contains(r.ProgramId.Value) && r.Role != Role.Evaluator)
            .Join(db.Users.Where(u => u.IsActive), r => r.UserId, u => u.Id, (r, u) => new { ProgramId = r.ProgramId!.Value, r.Role, u.Id, u.DisplayName })
            .ToListAsync(ct);
        return [.. programs.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
        {
            var inProgram = staff.Where(s => s.ProgramId == p.Id).ToList();
            return new RegistryProgram(p.Id, p.Name,
                People(inProgram.Where(s => s.Role == Role.Mentor).Select(s => (s.Id, s.DisplayName))),
                People(inProgram.Select(s => (s.Id, s.DisplayName))));
        })];
    }

    private static IReadOnlyList<StaffChoice> People(IEnumerable<(Guid Id, string Name)> people) =>
        [.. people.DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new StaffChoice(p.Id, p.Name))];
}

public sealed record RegistryProgram(Guid ProgramId, string Name, IReadOnlyList<StaffChoice> Mentors, IReadOnlyList<StaffChoice> Supervisors);

public sealed record StaffChoice(Guid UserId, string DisplayName);
