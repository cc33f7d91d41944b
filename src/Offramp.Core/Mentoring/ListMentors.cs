using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Mentoring;

/// <summary>The mentor registry of the programs where the caller does casework or directs, with current load.</summary>
public sealed class ListMentors(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<MentorView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var programs = scope.ProgramsWhereAny(Role.ProgramDirector, Role.Caseworker).ToList();
        var rows = await db.Set<MentorProfile>().AsNoTracking()
            .Where(m => m.OrganisationId == scope.OrganisationId && programs.Contains(m.ProgramId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u.DisplayName })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.m.UserId).ToList();
        var load = await db.Set<MentoringAgreement>().AsNoTracking()
            .Where(a => a.Status == AgreementStatus.Active && ids.Contains(a.MentorUserId))
            .GroupBy(a => a.MentorUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var supervisorIds = rows.Select(r => r.m.SupervisorUserId).OfType<Guid>().Distinct().ToList();
        var supervisors = await db.Users.AsNoTracking().Where(u => supervisorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var programNames = await db.Programs.AsNoTracking().Where(p => programs.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return [.. rows.OrderBy(r => r.DisplayName).Select(r => MentorView.Of(r.m, r.DisplayName, load.GetValueOrDefault(r.m.UserId), programNames[r.m.ProgramId],
            r.m.SupervisorUserId is { } s ? supervisors.GetValueOrDefault(s) : null))];
    }
}

public sealed record MentorView(Guid Id, int Version, Guid UserId, string DisplayName, Guid ProgramId, MentorBackground Background, string? BackgroundNote,
    string? Languages, string? TrainingCourse, DateOnly? TrainingStartedOn, DateOnly? TrainingCompletedOn, int Capacity, int ActiveMentees,
    string? Availability, Guid? SupervisorUserId, bool Active, string ProgramName, string? SupervisorName)
{
    public static MentorView Of(MentorProfile m, string name, int load, string programName, string? supervisorName) => new(m.Id, m.Version, m.UserId, name,
        m.ProgramId, m.Background, m.BackgroundNote, m.Languages, m.TrainingCourse, m.TrainingStartedOn, m.TrainingCompletedOn, m.Capacity, load,
        m.Availability, m.SupervisorUserId, m.Active, programName, supervisorName);
}
