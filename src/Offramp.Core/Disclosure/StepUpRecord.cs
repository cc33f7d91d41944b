namespace Offramp.Core.Disclosure;

/// <summary>
/// A second-factor check made inside a live session just before a grave action. Kept server-side so a use case can
/// require "a fresh TOTP within the last five minutes" whatever the client claims.
/// </summary>
public sealed class StepUpRecord
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset VerifiedAt { get; set; }
}
