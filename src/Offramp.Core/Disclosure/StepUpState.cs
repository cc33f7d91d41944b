namespace Offramp.Core.Disclosure;

/// <summary>
/// Per user, what step-up remembers between attempts: the last accepted TOTP time-step (a code is single use, so a
/// code of that step or an older one is refused) and the run of wrong codes that locks step-up for a while.
/// </summary>
public sealed class StepUpState
{
    public Guid UserId { get; set; }

    /// <summary>The 30-second TOTP time-step (Unix seconds / 30) of the last accepted code; null before the first.</summary>
    public long? LastAcceptedTimeStep { get; set; }

    /// <summary>Wrong codes since the last accepted one or the last lock.</summary>
    public int FailedAttempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Bumped on every change, so two attempts racing on the same state cannot both win.</summary>
    public int Version { get; set; }
}
