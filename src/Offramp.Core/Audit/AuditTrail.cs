using Offramp.Core.Common;

namespace Offramp.Core.Audit;

/// <summary>
/// Collects the audit events of one unit of work. <see cref="Data.OfframpDbContext"/> chains and writes them
/// in the same transaction as the change they describe, so there is never a change without its record.
/// </summary>
public sealed class AuditTrail(IActor actor)
{
    private readonly List<AuditEvent> pending = [];

    /// <summary>What this unit of work opened and what it put on record, for <see cref="ReadsOnRecord"/>.</summary>
    private readonly HashSet<Guid> opened = [];
    private readonly HashSet<Guid> onRecord = [];
    private bool listed;
    private bool anyOnRecord;

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

    /// <summary>Noted by <see cref="Access.ParticipantAccess"/> when a use case opens a participant's record.</summary>
    internal void NoteOpened(Guid participantId) => opened.Add(participantId);

    /// <summary>Noted by <see cref="Access.ParticipantAccess"/> when a use case lists the participants the caller sees.</summary>
    internal void NoteListed() => listed = true;

    /// <summary>Called once the pending events are committed: from then on they are on record.</summary>
    internal void Clear()
    {
        foreach (var committed in pending)
        {
            anyOnRecord = true;
            if (committed.ParticipantId is { } participantId)
            {
                onRecord.Add(participantId);
            }
        }

        pending.Clear();
    }

    /// <summary>Participants opened in this unit of work that no committed event names.</summary>
    internal int OpenedOffTheRecord => CoversEveryParticipant ? 0 : opened.Count(p => !onRecord.Contains(p));

    /// <summary>Whether a list of participants was read with no committed event at all.</summary>
    internal bool ListedOffTheRecord => listed && !anyOnRecord && !CoversEveryParticipant;

    internal void NoteAppendedHead(long sequence, string hash) => appendedHead = (sequence, hash);

    internal (long Sequence, string Hash)? TakeAppendedHead()
    {
        var head = appendedHead;
        appendedHead = null;
        return head;
    }
}
