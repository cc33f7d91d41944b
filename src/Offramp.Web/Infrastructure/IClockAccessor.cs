using Offramp.Core.Common;

namespace Offramp.Web;

/// <summary>Today's date for form defaults, from the same clock the use cases use.</summary>
public interface IClockAccessor
{
    DateOnly Today { get; }
}

public sealed class ClockAccessor(IClock clock) : IClockAccessor
{
    public DateOnly Today => clock.Today;
}
