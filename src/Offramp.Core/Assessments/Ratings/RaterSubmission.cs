using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Ratings;

/// <summary>One rater's independent ratings of every item, submitted once and kept as given after the consensus.</summary>
public sealed class RaterSubmission : Entity
{
    public Guid AssessmentId { get; set; }

    public Guid RaterUserId { get; set; }

    /// <summary>The case-team role the rater rated in (psychologist, faith counsellor...).</summary>
    public Role RaterRole { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The rater's own overall judgement, before the team discussion.</summary>
    public required string OverallJudgement { get; set; }

    public byte[]? FormulationSealed { get; set; }

    public List<ItemRating> Ratings { get; set; } = [];
}

/// <summary>A rater's level for one item (or "unknown"), with the evidence and the rationale sealed.</summary>
public sealed class ItemRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubmissionId { get; set; }

    public required string ItemKey { get; set; }

    public required string Level { get; set; }

    public byte[]? EvidenceSealed { get; set; }

    public byte[]? RationaleSealed { get; set; }
}
