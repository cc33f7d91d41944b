using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Common;

/// <summary>
/// The one clock: use cases, pages and the CLI ask it for the time, never <see cref="DateTime.UtcNow"/>. It reads the
/// host's <see cref="TimeProvider"/>, the same one authentication uses, so a test that moves time moves all of it.
/// </summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    DateOnly Today => DateOnly.FromDateTime(UtcNow.UtcDateTime);
}

public sealed class SystemClock(TimeProvider time) : IClock
{
    /// <summary>The system's time, for the few rules that run with no services to hand (a command checking itself).</summary>
    public static IClock Wall { get; } = new SystemClock(TimeProvider.System);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>
    /// The clock for a validation rule: the host's when validation runs with services (model binding), otherwise the
    /// system's (a use case validating a command has no service provider to hand).
    /// </summary>
    public static IClock For(ValidationContext context) =>
        context.GetService(typeof(IClock)) as IClock ?? Wall;
}
