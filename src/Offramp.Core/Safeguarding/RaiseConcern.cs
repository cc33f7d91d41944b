using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Safeguarding;

/// <summary>
/// Any member of the case team (or the director) raises a concern; the program's directors get a task on their
/// worklist, due today for urgent and immediate concerns. Consent is not required: a risk of harm must always be sayable.
/// </summary>
public sealed class RaiseConcern(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, RaiseConcernCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        if (!standing.IsDirector && standing.TeamRoles.Count == 0)
        {
            throw new ForbiddenException("Only members of the case team can raise a concern.");
        }

        CommandValidation.Ensure(command);
        var p = standing.Participant;
        var concern = new Concern
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            ObservedOn = command.ObservedOn,
            ObservedBy = command.ObservedBy.Trim(),
            Urgency = command.Urgency,
            RaisedByUserId = standing.Scope.UserId,
            RaisedAt = clock.UtcNow,
        };
        concern.ObservationSealed = cipher.Seal(command.Observation.Trim(), concern.Id, "Observation");
        db.Set<Concern>().Add(concern);
        var due = command.Urgency == ConcernUrgency.Routine ? clock.Today.AddDays(7) : clock.Today;
        planner.Add(p, TaskKinds.Concern, $"{command.Urgency} concern raised: decide whether to disclose", due,
            TaskAudience.ProgramDirectors, sourceType: "concern", sourceId: concern.Id);
        db.Audit.Record(AuditActions.ConcernRaised, AuditEntities.Concern, concern.Id, p.Id, $"urgency {command.Urgency}");
        await db.SaveChangesAsync(ct);
        return concern.Id;
    }
}
