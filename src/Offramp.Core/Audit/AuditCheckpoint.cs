namespace Offramp.Core.Audit;

/// <summary>
/// A signed statement "the chain had this head at this time". Deleting the newest events and rewinding
/// the head would go unnoticed without it; with it, verification sees the chain is shorter than signed.
/// </summary>
public sealed class AuditCheckpoint
{
    public long Id { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset SignedAt { get; set; }

    public required string Signature { get; set; }
}
