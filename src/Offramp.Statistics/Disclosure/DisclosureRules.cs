namespace Offramp.Statistics.Disclosure;

/// <summary>
/// How counts leave an organisation: below <see cref="Threshold"/> withheld, the rest rounded to a multiple of
/// <see cref="RoundingBase"/> (1 = not rounded). <see cref="SecondarySuppression"/> is off only in tests that show what an
/// attacker recovers without it.
/// </summary>
public sealed record DisclosureRules(int Threshold = 10, int RoundingBase = 5, bool SecondarySuppression = true)
{
    public int Threshold { get; } = Threshold >= 1 ? Threshold : throw new ArgumentOutOfRangeException(nameof(Threshold), "The threshold is at least 1.");

    public int RoundingBase { get; } = RoundingBase >= 1 ? RoundingBase : throw new ArgumentOutOfRangeException(nameof(RoundingBase), "The rounding base is at least 1.");

    /// <summary>
    /// To the nearest multiple of the base, halves up. A published count is at least the threshold, and rounding moves
    /// it by at most half the base, so it can only round below the threshold when the base exceeds twice the threshold.
    /// </summary>
    public long Round(long count) => (count + (RoundingBase / 2)) / RoundingBase * RoundingBase;

    /// <summary>A count of between 1 and threshold − 1 people: what must never be published or derivable.</summary>
    public bool IsSmall(long count) => count >= 1 && count < Threshold;
}
