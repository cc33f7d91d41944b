using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Erasure;
using Offramp.Core.Retention;

namespace Offramp.Core.DataProtection;

/// <summary>
/// One participant's data-protection file, as their case manager or program director sees it: subject access
/// requests and their approval, legal holds, erasures and retention already applied, and whether erasure would be
/// refused now and why (<see cref="ErasureRefusal"/>'s code: "legal hold" or "disclosure register"). The read is audited like any read of the record.
/// </summary>
public sealed class GetDataProtection(OfframpDbContext db, ParticipantAccess access)
{
    /// <summary>A subject access request is answered within one month of receipt (GDPR art. 12(3)).</summary>
    public static DateOnly AnswerDueOn(DateOnly receivedOn) => receivedOn.AddMonths(1);

    public async Task<DataProtectionView> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireCaseManager();
        var requests = await db.Set<SubjectAccessRequest>().AsNoTracking().Where(r => r.ParticipantId == participantId)
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.RequestedAt).ToListAsync(ct);
        var holds = await db.Set<LegalHold>().AsNoTracking().Where(h => h.ParticipantId == participantId)
            .OrderBy(h => h.LiftedAt != null).ThenByDescending(h => h.PlacedAt).ToListAsync(ct);
        var erasures = await db.Set<ErasureRecord>().AsNoTracking().Where(e => e.ParticipantId == participantId)
            .OrderByDescending(e => e.ErasedAt).ToListAsync(ct);
        var refusal = await ErasureRefusal.FindAsync(db, participantId, ct);

        var userIds = requests.SelectMany(r => new[] { (Guid?)r.RequestedByUserId, r.ApprovedByUserId })
            .Concat(holds.SelectMany(h => new[] { (Guid?)h.PlacedByUserId, h.LiftedByUserId }))
            .Concat(erasures.Select(e => e.ErasedByUserId))
            .OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string? Name(Guid? id) => id is { } u ? names.GetValueOrDefault(u, "former staff member") : null;

        db.Audit.Record(AuditActions.Read, AuditEntities.Participant, participantId, participantId,
            $"data protection: {requests.Count} requests, {holds.Count} holds, {erasures.Count} erasures");
        await db.SaveChangesAsync(ct);
        return new DataProtectionView(
            standing.IsDirector,
            [.. requests.Select(r => new SubjectAccessItem(r.Id, r.Version, r.ReceivedOn, AnswerDueOn(r.ReceivedOn), Name(r.RequestedByUserId)!, r.RequestedAt, Name(r.ApprovedByUserId), r.ApprovedAt))],
            [.. holds.Select(h => new LegalHoldItem(h.Id, h.Version, h.Reason, Name(h.PlacedByUserId)!, h.PlacedAt, Name(h.LiftedByUserId), h.LiftedAt))],
            [.. erasures.Select(e => new ErasureItem(e.Kind, e.Reference, Name(e.ErasedByUserId), e.ErasedAt))],
            refusal?.Code);
    }
}

public sealed record DataProtectionView(
    bool CallerIsDirector,
    IReadOnlyList<SubjectAccessItem> Requests,
    IReadOnlyList<LegalHoldItem> Holds,
    IReadOnlyList<ErasureItem> Erasures,
    string? ErasureBlockedBy)
{
    public bool Erased => Erasures.Any(e => e.Kind == ErasureKind.Erasure);

    public bool OnHold => Holds.Any(h => h.LiftedAt is null);
}

public sealed record SubjectAccessItem(Guid Id, int Version, DateOnly ReceivedOn, DateOnly AnswerDueOn, string RequestedBy, DateTimeOffset RequestedAt,
    string? ApprovedBy, DateTimeOffset? ApprovedAt);

public sealed record LegalHoldItem(Guid Id, int Version, string Reason, string PlacedBy, DateTimeOffset PlacedAt, string? LiftedBy, DateTimeOffset? LiftedAt);

public sealed record ErasureItem(ErasureKind Kind, string Reference, string? ErasedBy, DateTimeOffset ErasedAt);
