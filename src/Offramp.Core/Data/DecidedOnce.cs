using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;

namespace Offramp.Core.Data;

/// <summary>A record on a participant that is decided once and then stays decided: a subject access request approved, a legal hold lifted.</summary>
public interface IDecidedOnce
{
    Guid ParticipantId { get; }

    bool IsDecided { get; }

    void Decide(Guid userId, DateTimeOffset at);
}

/// <summary>What a kind of decision is audited as, and what a second attempt is told.</summary>
public sealed record OnceOnlyDecision(AuditAction Action, AuditEntity Entity, string AlreadyDecided);

public static class DecidedOnceRecords
{
    /// <summary>
    /// Takes the decision the same way for every kind: the record must be the participant's (404 otherwise, like
    /// anything out of scope), not decided yet (409) and at the version the caller saw (412); the decision is stamped
    /// with the caller and audited with the record. The caller checks who may decide before.
    /// </summary>
    public static async Task DecideOnceAsync<T>(
        this OfframpDbContext db, OnceOnlyDecision decision, ParticipantStanding standing, Guid recordId, int expectedVersion, DateTimeOffset at, CancellationToken ct)
        where T : Entity, IDecidedOnce
    {
        var participantId = standing.Participant.Id;
        var record = await db.Set<T>().SingleOrDefaultAsync(r => r.Id == recordId && r.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (record.IsDecided)
        {
            throw new ConflictException(decision.AlreadyDecided);
        }

        db.ExpectVersion(record, expectedVersion);
        record.Decide(standing.Scope.UserId, at);
        db.Audit.Record(decision.Action, decision.Entity, record.Id, participantId);
        await db.SaveChangesAsync(ct);
    }
}
