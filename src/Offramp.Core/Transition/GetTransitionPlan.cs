using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Justice;
using Offramp.Core.Security;

namespace Offramp.Core.Transition;

/// <summary>
/// The transition plan with the release dates from the justice timeline. The safe location and contact rules are
/// opened only for the caseworker and director; everyone else on the team sees that they exist. Audited.
/// </summary>
public sealed class GetTransitionPlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<TransitionPlanView?> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var plan = await db.Set<TransitionPlan>().AsNoTracking().SingleOrDefaultAsync(t => t.ParticipantId == participantId, ct);
        if (plan is null)
        {
            return null;
        }

        var releases = await db.JusticeEvents.AsNoTracking()
            .Where(e => e.ParticipantId == participantId && (e.Kind == JusticeEventKind.ExpectedRelease || e.Kind == JusticeEventKind.ActualRelease))
            .ToListAsync(ct);
        var protectedShown = standing.CanManageCase;
        db.Audit.Record(AuditActions.Read, AuditEntities.TransitionPlan, plan.Id, participantId, protectedShown ? "with protection details" : null);
        await db.SaveChangesAsync(ct);
        return new TransitionPlanView(plan.Id, plan.Version,
            releases.Where(e => e.Kind == JusticeEventKind.ExpectedRelease).Select(e => (DateOnly?)e.OccurredOn).Max(),
            releases.Where(e => e.Kind == JusticeEventKind.ActualRelease).Select(e => (DateOnly?)e.OccurredOn).Max(),
            plan.CustodyLeadUserId, plan.CommunityLeadUserId, plan.HandoverOn, plan.HandoverCompleted,
            plan.Housing, plan.WorkOrEducation, plan.IdentityDocuments, plan.Health, cipher.Open(plan.ArrangementNotesSealed, plan.Id, "ArrangementNotes"),
            plan.Threat, plan.ThreatAssessedOn, protectedShown,
            protectedShown ? cipher.Open(plan.SafeLocationSealed, plan.Id, "SafeLocation") : null,
            protectedShown ? cipher.Open(plan.ContactRulesSealed, plan.Id, "ContactRules") : null);
    }
}

public sealed record TransitionPlanView(Guid Id, int Version, DateOnly? ExpectedRelease, DateOnly? ActualRelease, Guid? CustodyLeadUserId, Guid? CommunityLeadUserId,
    DateOnly? HandoverOn, bool HandoverCompleted, ArrangementStatus Housing, ArrangementStatus WorkOrEducation, ArrangementStatus IdentityDocuments,
    ArrangementStatus Health, string? ArrangementNotes, ThreatLevel Threat, DateOnly? ThreatAssessedOn, bool ProtectionDetailsShown, string? SafeLocation,
    string? ContactRules);
