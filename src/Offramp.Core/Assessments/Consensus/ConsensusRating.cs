namespace Offramp.Core.Assessments.Consensus;

/// <summary>The rating the team agreed for one item, why, and what the raters disagreed about (both sealed).</summary>
public sealed class ConsensusRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssessmentId { get; set; }

    public required string ItemKey { get; set; }

    public required string Level { get; set; }

    public byte[]? RationaleSealed { get; set; }

    public byte[]? DisagreementSealed { get; set; }
}
