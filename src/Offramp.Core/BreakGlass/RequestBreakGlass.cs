using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.BreakGlass;

/// <summary>
/// A member of staff outside a record's scope opens it in an emergency. Only program staff of the same organisation
/// may ask (not admins, auditors or evaluators, who must never read case content: they get 404 like a missing record).
/// The grant is read-only, lasts at most an hour, and puts a review task on the program directors' worklist. It needs a
/// fresh step-up, so a stolen session or token alone cannot open records outside its scope.
/// </summary>
public sealed class RequestBreakGlass(OfframpDbContext db, ScopeLoader scopes, ParticipantAccess access, FieldCipher cipher, TaskPlanner planner,
    StepUpGuard stepUp, IClock clock)
{
    public async Task<BreakGlassGrantView> ExecuteAsync(Guid participantId, BreakGlassRequestCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);

        // Roles that never read case content learn nothing here, not even whether the participant exists: 404 for every id.
        if (scope.ProgramsWhereAny([.. RoleFacts.CaseTeamRoles]).Count == 0)
        {
            throw new NotFoundException();
        }

        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();

        CommandValidation.Ensure(command);
        if (await access.Visible(scope).AnyAsync(p => p.Id == participantId, ct))
        {
            throw new ConflictException("You already have access to this record: no emergency access is needed.");
        }

        await stepUp.RequireFreshAsync(scope.UserId, ct);

        var now = clock.UtcNow;
        var grant = new BreakGlassGrant
        {
            OrganisationId = participant.OrganisationId,
            ProgramId = participant.ProgramId,
            ParticipantId = participant.Id,
            UserId = scope.UserId,
            GrantedAt = now,
            ExpiresAt = now.AddMinutes(Math.Min(command.Minutes, BreakGlassGrant.MaxDuration.TotalMinutes)),
        };
        grant.ReasonSealed = cipher.Seal(command.Reason.Trim(), grant.Id, "Reason");
        db.Set<BreakGlassGrant>().Add(grant);
        planner.Add(participant, TaskKinds.AccessReview, "Review an emergency (break-glass) access: accept or escalate", clock.Today,
            TaskAudience.ProgramDirectors, sourceType: "break-glass", sourceId: grant.Id);
        db.Audit.Record(AuditActions.BreakGlassGranted, AuditEntities.BreakGlass, grant.Id, participant.Id,
            $"EMERGENCY ACCESS GRANTED for {(grant.ExpiresAt - now).TotalMinutes:0} minutes; director review required");
        await db.SaveChangesAsync(ct);
        return BreakGlassGrantView.Of(grant, participant.Code, command.Reason.Trim(), now);
    }
}

public sealed record BreakGlassGrantView(Guid Id, int Version, Guid ParticipantId, string ParticipantCode, Guid UserId, string? Reason,
    DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, bool Active, BreakGlassReview? Review, string? ReviewNote)
{
    public static BreakGlassGrantView Of(BreakGlassGrant g, string code, string? reason, DateTimeOffset now) =>
        new(g.Id, g.Version, g.ParticipantId, code, g.UserId, reason, g.GrantedAt, g.ExpiresAt, g.ExpiresAt > now, g.Review, g.ReviewNote);
}
