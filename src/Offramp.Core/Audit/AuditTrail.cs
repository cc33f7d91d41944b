using Offramp.Core.Common;

namespace Offramp.Core.Audit;

/// <summary>
/// Collects the audit events of one unit of work. <see cref="Data.OfframpDbContext"/> chains and writes them
/// in the same transaction as the change they describe, so there is never a change without its record.
/// </summary>
public sealed class AuditTrail(IActor actor)
{
    private readonly List<AuditEvent> pending = [];

    /// <summary>The head this unit of work's open transaction moved the chain to; witnessed only once it commits.</summary>
    private (long Sequence, string Hash)? appendedHead;

    public IActor Actor => actor;

    internal IReadOnlyList<AuditEvent> Pending => pending;

    /// <summary>Whether this unit of work recorded an event over every participant it touches (see <see cref="RecordForEveryParticipant"/>).</summary>
    internal bool CoversEveryParticipant { get; private set; }

    public void Record(AuditAction action, AuditEntity entity, Guid? entityId, Guid? participantId = null, string? detail = null) =>
        pending.Add(new AuditEvent
        {
            Action = action.Name,
            EntityType = entity.Name,
            EntityId = entityId,
            ParticipantId = participantId,
            Detail = detail,
            UserId = actor.UserId,
            OrganisationId = actor.OrganisationId,
            Origin = actor.Origin,
            PreviousHash = "",
            Hash = "",
        });

    /// <summary>
    /// Records work over many participants' records at once (seeding, key rotation, retention, bulk imports) as one
    /// event: the changes it saves, for the rest of this scope, need no event per participant. Never for a use case on
    /// one participant.
    /// </summary>
    public void RecordForEveryParticipant(AuditAction action, AuditEntity entity, string detail)
    {
        Record(action, entity, null, null, detail);
        CoversEveryParticipant = true;
    }

    /// <summary>
    /// Set while a page's GET handler runs: audited reads then leave their events pending, and the page commits them all
    /// at once before it shows anything (<see cref="Data.OfframpDbContext.CommitDeferredReadsAsync"/>). A start page that
    /// reads the worklist and the caseload then pays for one durable commit, not two.
    /// </summary>
    public bool DeferReadCommits { get; set; }

    internal void Clear() => pending.Clear();

    internal void NoteAppendedHead(long sequence, string hash) => appendedHead = (sequence, hash);

    internal (long Sequence, string Hash)? TakeAppendedHead()
    {
        var head = appendedHead;
        appendedHead = null;
        return head;
    }
}
