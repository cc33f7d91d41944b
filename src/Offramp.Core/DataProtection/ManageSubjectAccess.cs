using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Worklist;

namespace Offramp.Core.DataProtection;

/// <summary>
/// A subject access request: the caseworker (or director) records it when the participant asks; the program director
/// approves it. The export itself is <see cref="ExportSubjectAccess"/>.
/// </summary>
public sealed class ManageSubjectAccess(OfframpDbContext db, ParticipantAccess access, TaskPlanner planner, IClock clock)
{
    /// <summary>The directors' worklist task a recorded request opens; approving the request closes it.</summary>
    public const string ApprovalTaskTitle = "A subject access request awaits approval";

    private const string TaskSource = "subject-access";

    private static readonly OnceOnlyDecision Approval =
        new(AuditActions.SubjectAccessApproved, AuditEntities.SubjectAccess, "This request is already approved.");

    public async Task<Guid> RequestAsync(Guid participantId, DateOnly receivedOn, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireCaseManager();
        // Found by the write fuzz: 1899-12-31 was stored. The same plausible range as every other date (DateRules).
        if (receivedOn == default || receivedOn > clock.Today || receivedOn.Year < 1900)
        {
            throw new DomainException("Enter the date the request was received (not in the future, not before 1900).", "ReceivedOn");
        }

        var request = new SubjectAccessRequest
        {
            OrganisationId = standing.Participant.OrganisationId,
            ProgramId = standing.Participant.ProgramId,
            ParticipantId = participantId,
            ReceivedOn = receivedOn,
            RequestedByUserId = standing.Scope.UserId,
            RequestedAt = clock.UtcNow,
        };
        db.Set<SubjectAccessRequest>().Add(request);
        planner.Add(standing.Participant, TaskKinds.SubjectAccess, ApprovalTaskTitle, GetDataProtection.AnswerDueOn(receivedOn),
            TaskAudience.ProgramDirectors, sourceType: TaskSource, sourceId: request.Id);
        db.Audit.Record(AuditActions.SubjectAccessRequested, AuditEntities.SubjectAccess, request.Id, participantId);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    public async Task ApproveAsync(Guid participantId, Guid requestId, int expectedVersion, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        // Closed in the same save as the approval: if the approval is refused, the task stays open.
        foreach (var task in await planner.OpenFromAsync(TaskSource, requestId, ct))
        {
            task.Complete(clock.Today, standing.Scope.UserId, "Request approved");
        }

        await db.DecideOnceAsync<SubjectAccessRequest>(Approval, standing, requestId, expectedVersion, clock.UtcNow, ct);
    }
}
