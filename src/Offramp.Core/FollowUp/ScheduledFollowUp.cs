using Offramp.Core.Common;
using Offramp.Core.Outcomes;

namespace Offramp.Core.FollowUp;

/// <summary>
/// One follow-up of a participant, due <see cref="MonthsAfter"/> months after the anchor (release or program completion).
/// While pending it moves with its anchor; once recorded it keeps the dates it had, so evaluation sees what was done when.
/// </summary>
public sealed class ScheduledFollowUp : Entity
{
    public Guid ParticipantId { get; set; }

    public FollowUpAnchor Anchor { get; set; }

    public DateOnly AnchorDate { get; set; }

    public int MonthsAfter { get; set; }

    public DateOnly DueOn { get; set; }

    public FollowUpStatus Status { get; set; } = FollowUpStatus.Pending;

    /// <summary>Whether anyone reached the participant (or a source about them); null while pending.</summary>
    public bool? ContactMade { get; set; }

    public DateOnly? ContactedOn { get; set; }

    public InformationSource? Source { get; set; }

    /// <summary>What was learned, free text about the person (sealed).</summary>
    public byte[]? FindingsSealed { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static DateOnly DueAfter(DateOnly anchorDate, int months) => anchorDate.AddMonths(months);
}

/// <summary>What the schedule counts from. Release-based schedules follow the justice timeline; an actual release wins over an expected one.</summary>
public enum FollowUpAnchor
{
    ActualRelease,
    ExpectedRelease,
    ProgramCompletion,
}

public enum FollowUpStatus
{
    Pending,
    Recorded,
    Cancelled,
}
