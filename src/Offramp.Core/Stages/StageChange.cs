using Offramp.Core.Common;

namespace Offramp.Core.Stages;

/// <summary>One dated move along the path; the history is never edited, only appended.</summary>
public sealed class StageChange : Entity
{
    public Guid ParticipantId { get; set; }

    public Stage? FromStage { get; set; }

    public Stage ToStage { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public required string Reason { get; set; }

    public Guid ChangedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
