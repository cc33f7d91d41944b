namespace Offramp.Statistics.Disclosure;

/// <summary>
/// The statistical disclosure rules an evidence bundle is published under: counts below <see cref="Threshold"/> are never
/// published nor left derivable, and published counts are rounded to a multiple of <see cref="RoundingBase"/>.
/// </summary>
/// <param name="Threshold">The smallest count that may be published (default 10). Counts 1 to Threshold − 1 are protected.</param>
/// <param name="RoundingBase">
/// Published counts are rounded to the nearest multiple of this base (default 5; 1 means no rounding). Rounding is defence
/// in depth only: the suppression is sound even if every published count were known exactly.
/// </param>
public sealed record DisclosureRules(int Threshold = 10, int RoundingBase = 5)
{
    /// <summary>The rules of the issue: threshold 10, rounding to base 5.</summary>
    public static DisclosureRules Default { get; } = new();

    /// <summary>Throws unless the threshold and the rounding base are both at least 1.</summary>
    public DisclosureRules Validated()
    {
        if (Threshold < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The disclosure threshold must be at least 1.");
        }

        if (RoundingBase < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RoundingBase), RoundingBase, "The rounding base must be at least 1 (1 means no rounding).");
        }

        return this;
    }

    /// <summary>Whether a true count must be protected: 1 to Threshold − 1 people (a zero reveals no one and may be derived).</summary>
    public bool IsSmall(long count) => count >= 1 && count < Threshold;
}
