namespace Offramp.Statistics.Change;

/// <summary>
/// Whether one participant's change exceeds what measurement error alone would produce. Named by direction,
/// not by "improved", because on some instruments a lower score is the better one.
/// </summary>
public enum ReliableChangeCategory
{
    /// <summary>The score rose by more than measurement error explains.</summary>
    ReliableIncrease,

    /// <summary>The change is within measurement error.</summary>
    NoReliableChange,

    /// <summary>The score fell by more than measurement error explains.</summary>
    ReliableDecrease,
}
