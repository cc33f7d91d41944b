namespace Offramp.Core.Audit;

/// <summary>
/// One link of the tamper-evident chain. Carries ids and action names only, never personal data,
/// so the audit trail can be shown to auditors and kept after erasure.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>Position in the chain, gap-free from 1.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? ParticipantId { get; set; }

    /// <summary>Where the request came from (client IP) or "cli".</summary>
    public string? Origin { get; set; }

    /// <summary>Short non-personal detail, e.g. "stage Screening→Consented" or "restricted note withheld".</summary>
    public string? Detail { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
