using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Mentoring;

/// <summary>
/// The program director keeps the mentor registry of their program: adds or updates a mentor's profile. The mentor
/// must hold the Mentor role in that program; a program the caller does not direct answers 404.
/// </summary>
public sealed class RegisterMentor(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<Guid> ExecuteAsync(MentorProfileCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.Has(Role.ProgramDirector, command.ProgramId))
        {
            throw new NotFoundException();
        }

        CommandValidation.Ensure(command);
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == command.UserId && r.ProgramId == command.ProgramId && r.Role == Role.Mentor, ct))
        {
            throw new DomainException("The person must hold the Mentor role in this program.", nameof(command.UserId));
        }

        if (command.SupervisorUserId is { } supervisor &&
            !await db.RoleAssignments.AnyAsync(r => r.UserId == supervisor && r.ProgramId == command.ProgramId && r.Role != Role.Evaluator, ct))
        {
            throw new DomainException("The supervisor must work in this program.", nameof(command.SupervisorUserId));
        }

        var profile = await db.Set<MentorProfile>().SingleOrDefaultAsync(m => m.ProgramId == command.ProgramId && m.UserId == command.UserId, ct);
        var isNew = profile is null;
        profile ??= db.Set<MentorProfile>().Add(new MentorProfile { OrganisationId = scope.OrganisationId, ProgramId = command.ProgramId, UserId = command.UserId }).Entity;
        profile.Background = command.Background;
        profile.BackgroundNote = command.BackgroundNote?.Trim();
        profile.Languages = command.Languages?.Trim();
        profile.TrainingCourse = command.TrainingCourse?.Trim();
        profile.TrainingStartedOn = command.TrainingStartedOn;
        profile.TrainingCompletedOn = command.TrainingCompletedOn;
        profile.Capacity = command.Capacity;
        profile.Availability = command.Availability?.Trim();
        profile.SupervisorUserId = command.SupervisorUserId;
        profile.Active = command.Active;
        db.Audit.Record(isNew ? AuditActions.Create : AuditActions.Update, AuditEntities.Mentor, profile.Id);
        await db.SaveChangesAsync(ct);
        return profile.Id;
    }
}
