using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Plans;
using Offramp.Core.Security;

namespace Offramp.Core.Transition;

/// <summary>The caseworker or director writes the transition plan (one per participant) and corrects it with If-Match.</summary>
public sealed class SaveTransitionPlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<Guid> CreateAsync(Guid participantId, TransitionPlanCommand command, CancellationToken ct = default)
    {
        var standing = await PrepareAsync(participantId, command, ct);
        if (await db.Set<TransitionPlan>().AnyAsync(t => t.ParticipantId == participantId, ct))
        {
            throw new ConflictException("The participant already has a transition plan: update it instead.");
        }

        var plan = new TransitionPlan { ParticipantId = participantId };
        Apply(plan, command, standing.Scope.UserId);
        db.Set<TransitionPlan>().Add(plan);
        db.Audit.Record(AuditActions.Create, AuditEntities.TransitionPlan, plan.Id, participantId, $"threat {command.Threat}");
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    public async Task<int> UpdateAsync(Guid participantId, int expectedVersion, TransitionPlanCommand command, CancellationToken ct = default)
    {
        var standing = await PrepareAsync(participantId, command, ct);
        var plan = await db.Set<TransitionPlan>().SingleOrDefaultAsync(t => t.ParticipantId == participantId, ct) ?? throw new NotFoundException();
        db.ExpectVersion(plan, expectedVersion);
        Apply(plan, command, standing.Scope.UserId);
        db.Audit.Record(AuditActions.Update, AuditEntities.TransitionPlan, plan.Id, participantId, $"threat {command.Threat}");
        await db.SaveChangesAsync(ct);
        return plan.Version;
    }

    private async Task<ParticipantStanding> PrepareAsync(Guid participantId, TransitionPlanCommand command, CancellationToken ct)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        ConsentGuard.RequireActiveConsent(standing.Participant);
        await TeamMembership.RequireOnTeamAsync(db, participantId, [command.CustodyLeadUserId, command.CommunityLeadUserId], nameof(command.CustodyLeadUserId), ct);
        return standing;
    }

    private void Apply(TransitionPlan plan, TransitionPlanCommand c, Guid userId)
    {
        plan.CustodyLeadUserId = c.CustodyLeadUserId;
        plan.CommunityLeadUserId = c.CommunityLeadUserId;
        plan.HandoverOn = c.HandoverOn;
        plan.HandoverCompleted = c.HandoverCompleted;
        plan.Housing = c.Housing;
        plan.WorkOrEducation = c.WorkOrEducation;
        plan.IdentityDocuments = c.IdentityDocuments;
        plan.Health = c.Health;
        plan.ArrangementNotesSealed = cipher.Seal(c.ArrangementNotes?.Trim(), plan.Id, "ArrangementNotes");
        plan.Threat = c.Threat;
        plan.ThreatAssessedOn = c.ThreatAssessedOn;
        plan.SafeLocationSealed = cipher.Seal(c.SafeLocation?.Trim(), plan.Id, "SafeLocation");
        plan.ContactRulesSealed = cipher.Seal(c.ContactRules?.Trim(), plan.Id, "ContactRules");
        plan.UpdatedByUserId = userId;
    }
}
