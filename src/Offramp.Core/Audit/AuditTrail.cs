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

    public void Record(string action, string entityType, Guid? entityId, Guid? participantId = null, string? detail = null) =>
        pending.Add(new AuditEvent
        {
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ParticipantId = participantId,
            Detail = detail,
            UserId = actor.UserId,
            OrganisationId = actor.OrganisationId,
            Origin = actor.Origin,
            PreviousHash = "",
            Hash = "",
        });

    internal void Clear() => pending.Clear();

    internal void NoteAppendedHead(long sequence, string hash) => appendedHead = (sequence, hash);

    internal (long Sequence, string Hash)? TakeAppendedHead()
    {
        var head = appendedHead;
        appendedHead = null;
        return head;
    }
}
