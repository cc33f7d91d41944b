using Offramp.Core.Common;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Starts the follow-up schedule. Without <see cref="CompletedOn"/> it anchors on the release in the justice timeline;
/// with it, on the completion of a program that had no custody (community, alternative to prosecution).
/// </summary>
public sealed class StartFollowUpScheduleCommand
{
    [PastDate]
    public DateOnly? CompletedOn { get; set; }
}
