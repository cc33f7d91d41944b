namespace Offramp.Core.Audit;

/// <summary>
/// The single row holding the end of the chain. Every audited transaction updates it, which serialises
/// writers on PostgreSQL (row lock) and SQLite (write lock) so the chain never forks.
/// </summary>
public sealed class AuditHead
{
    public int Id { get; set; } = 1;

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
