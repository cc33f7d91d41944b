namespace Offramp.Statistics.Disclosure;

/// <summary>
/// When an estimate such as a rate x / n may be published next to suppressed counts. An estimate times its denominator
/// gives back the numerator, so a rate is one more published linear equation (x − r·n = 0). It adds nothing an attacker
/// did not already have exactly when x and n − x are themselves published cells: then the rate follows from them.
/// </summary>
public static class RatePublication
{
    /// <summary>
    /// Whether a rate x of n may be published: n is at least the threshold, and both x (numerator) and n − x (complement)
    /// were published, not suppressed. The rate should be computed from the same counts that were decided on; note that
    /// with the exact denominator a rate undoes rounding, which the suppression never relied on.
    /// </summary>
    /// <param name="numerator">The decision for x.</param>
    /// <param name="complement">The decision for n − x, a cell disjoint from x.</param>
    /// <param name="denominator">n, the true count.</param>
    /// <param name="rules">The rules the decisions were made under.</param>
    public static bool MayPublish(CellDecision numerator, CellDecision complement, long denominator, DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return denominator >= rules.Validated().Threshold && MayPublish(numerator, complement, rules);
    }

    /// <summary>
    /// As <see cref="MayPublish(CellDecision, CellDecision, long, DisclosureRules)"/>, the denominator's size following
    /// from its two parts: published cells are each at least the threshold, so n = x + (n − x) is at least twice it.
    /// </summary>
    public static bool MayPublish(CellDecision numerator, CellDecision complement, DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(complement);
        ArgumentNullException.ThrowIfNull(rules);
        if (numerator.Cell.Atoms.Intersect(complement.Cell.Atoms).Any())
        {
            throw new ArgumentException(
                $"A rate's numerator '{numerator.Key}' and complement '{complement.Key}' must be disjoint (x and n − x).", nameof(complement));
        }

        return numerator.IsPublished && complement.IsPublished;
    }
}
