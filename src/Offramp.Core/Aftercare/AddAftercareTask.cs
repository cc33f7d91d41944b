using System.ComponentModel.DataAnnotations;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;
using Offramp.Core.Plans;
using Offramp.Core.Worklist;

namespace Offramp.Core.Aftercare;

/// <summary>
/// Anyone on the case team puts an aftercare task (housing, work, family, protection...) on the worklist of an owner on
/// the team with a due date. Aftercare continues after closure, so this follows the follow-up rules, not intake's.
/// </summary>
public sealed class AddAftercareTask(OfframpDbContext db, ParticipantAccess access, TaskPlanner planner)
{
    public const string SourceType = "aftercare";

    public async Task<Guid> ExecuteAsync(Guid participantId, AftercareTaskCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        FollowUpGuard.RequireFollowable(standing.Participant);
        await TeamMembership.RequireOnTeamAsync(db, participantId, [command.OwnerUserId], nameof(command.OwnerUserId), ct);
        var task = planner.Add(standing.Participant, TaskKinds.Aftercare, command.Title.Trim(), command.DueOn,
            TaskAudience.User, command.OwnerUserId, SourceType, participantId);
        db.Audit.Record(AuditActions.Create, AuditEntities.CaseTask, task.Id, participantId, $"aftercare {command.Area}");
        await db.SaveChangesAsync(ct);
        return task.Id;
    }
}

public sealed class AftercareTaskCommand : IValidatableCommand
{
    [DefinedEnum]
    public AftercareArea Area { get; set; }

    /// <summary>What to do, without names or other personal data: it shows on worklists.</summary>
    [Required(ErrorMessage = "Say what has to be done.")]
    [StringLength(150, ErrorMessage = "Keep the title under 150 characters and without personal details.")]
    public string Title { get; set; } = "";

    public Guid OwnerUserId { get; set; }

    [PlausibleDate]
    public DateOnly DueOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (DueOn == default)
        {
            yield return (nameof(DueOn), "Enter the due date.");
        }

        if (OwnerUserId == Guid.Empty)
        {
            yield return (nameof(OwnerUserId), "Choose who owns the task.");
        }
    }
}

public enum AftercareArea
{
    Housing,
    WorkOrEducation,
    IdentityDocuments,
    Health,
    Family,
    Protection,
    Finances,
    Other,
}
