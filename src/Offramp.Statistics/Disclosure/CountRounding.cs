namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Rounds published counts to a multiple of the rounding base. Rounding is defence in depth: it blurs what a reader can
/// do with published counts, but the suppression never relies on it (it assumes every published value is known exactly).
/// </summary>
public static class CountRounding
{
    /// <summary>
    /// The nearest multiple of <see cref="DisclosureRules.RoundingBase"/>, halves rounded up; base 1 returns the count.
    /// Only counts at or above the threshold are published. When the threshold is a multiple of the base (the default 10
    /// and 5), such a count never rounds below the threshold: the multiple just below it is itself at least the threshold.
    /// Otherwise (say threshold 12, base 5, count 12 would round to 10) the value is raised to the smallest multiple of the
    /// base at or above the threshold, so a published value never looks like a small count.
    /// </summary>
    public static long Round(long count, DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validated();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var roundingBase = (long)rules.RoundingBase;
        var rounded = (count + (roundingBase / 2)) / roundingBase * roundingBase;
        if (count >= rules.Threshold && rounded < rules.Threshold)
        {
            rounded = (rules.Threshold + roundingBase - 1) / roundingBase * roundingBase;
        }

        return rounded;
    }
}
