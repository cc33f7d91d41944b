using Offramp.Core.Audit;
using Offramp.Core.Worklist;

namespace Offramp.TestSupport;

/// <summary>Tasks on someone's worklist, written as a feature would plan them (audited), for the worklist and page tests.</summary>
public sealed partial class TestWorld
{
    /// <summary>
    /// An open general task assigned to <paramref name="assignee"/> alone, due today, in their home program, about
    /// <paramref name="participantId"/> when one is given; returns its id.
    /// </summary>
    public Task<Guid> AddTaskAsync(Persona assignee, string title, Guid? participantId = null) => DbAsync(async db =>
    {
        var task = new CaseTask
        {
            OrganisationId = OrganisationOf(assignee),
            ProgramId = HomeProgram(assignee),
            ParticipantId = participantId,
            Kind = TaskKinds.General,
            Title = title,
            DueOn = Today,
            Audience = TaskAudience.User,
            AssignedUserId = UserId(assignee),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Set<CaseTask>().Add(task);
        db.Audit.Record(AuditActions.Create, AuditEntities.CaseTask, task.Id);
        await db.SaveChangesAsync();
        return task.Id;
    });
}
