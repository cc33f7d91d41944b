using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.CaseTeams;

/// <summary>The director puts a colleague on a case. The colleague must hold that role in the participant's program.</summary>
public sealed class AddTeamMember(OfframpDbContext db, ParticipantAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, AddTeamMemberCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireDirector();
        var p = standing.Participant;
        var holdsRole = await db.RoleAssignments.AnyAsync(
            r => r.UserId == command.UserId && r.ProgramId == p.ProgramId && r.Role == command.Role && r.OrganisationId == p.OrganisationId, ct);
        if (!holdsRole)
        {
            throw new DomainException(Phrase.Of($"This person does not hold the role {command.Role} in the participant's program."), nameof(command.UserId));
        }

        if (await db.CaseTeamMembers.AnyAsync(m => m.ParticipantId == p.Id && m.UserId == command.UserId && m.Role == command.Role && m.Until == null, ct))
        {
            throw new ConflictException("This person is already on the case team in that role.");
        }

        var member = new CaseTeamMember { ParticipantId = p.Id, UserId = command.UserId, Role = command.Role, From = clock.Today };
        db.CaseTeamMembers.Add(member);
        db.Audit.Record(AuditActions.Create, AuditEntities.CaseTeamMember, member.Id, p.Id, $"role {command.Role}");
        await db.SaveChangesAsync(ct);
        return member.Id;
    }
}
