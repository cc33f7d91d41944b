using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Mentoring;

/// <summary>A participant's mentoring agreements with their reviews; audited.</summary>
public sealed class ListAgreements(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<AgreementView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var agreements = await db.Set<MentoringAgreement>().AsNoTracking().Where(a => a.ParticipantId == participantId)
            .OrderByDescending(a => a.StartedOn).ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var reviews = await db.Set<AgreementReview>().AsNoTracking().Where(r => ids.Contains(r.AgreementId)).OrderByDescending(r => r.ReviewedOn).ToListAsync(ct);
        var mentorIds = agreements.Select(a => a.MentorUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => mentorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.MentoringAgreement, null, participantId, $"{agreements.Count} agreements");
        await db.SaveChangesAsync(ct);
        return [.. agreements.Select(a => new AgreementView(a.Id, a.Version, a.MentorUserId, names.GetValueOrDefault(a.MentorUserId) ?? "", a.Status, a.StartedOn,
            a.EndedOn, a.MeetingsPerMonth, a.ReviewIntervalMonths, a.NextReviewOn,
            cipher.Open(a.MatchReasonsSealed, a.Id, "MatchReasons")!, cipher.Open(a.GoalsSealed, a.Id, "Goals")!,
            [.. reviews.Where(r => r.AgreementId == a.Id).Select(r => new AgreementReviewView(r.Id, r.ReviewedOn, r.Decision, cipher.Open(r.ReasonSealed, r.Id, "Reason")))]))];
    }
}

public sealed record AgreementView(Guid Id, int Version, Guid MentorUserId, string MentorName, AgreementStatus Status, DateOnly StartedOn, DateOnly? EndedOn,
    int MeetingsPerMonth, int ReviewIntervalMonths, DateOnly NextReviewOn, string MatchReasons, string Goals, IReadOnlyList<AgreementReviewView> Reviews);

public sealed record AgreementReviewView(Guid Id, DateOnly ReviewedOn, AgreementDecision Decision, string? Reason);
