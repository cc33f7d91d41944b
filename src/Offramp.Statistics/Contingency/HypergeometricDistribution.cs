namespace Offramp.Statistics.Contingency;

/// <summary>
/// The hypergeometric distribution of cell a given the margins of a 2×2 table (scipy's hypergeom(M, n, N)).
/// Probabilities are built by the exact term ratio outwards from the mode and normalised, which keeps
/// full relative precision where log-gamma differences would lose digits for large tables.
/// </summary>
internal sealed class HypergeometricDistribution
{
    private readonly double[] probabilities;

    /// <param name="population">M: all participants.</param>
    /// <param name="successes">n: participants in the first row.</param>
    /// <param name="draws">N: participants in the first column.</param>
    public HypergeometricDistribution(long population, long successes, long draws)
    {
        Minimum = Math.Max(0, draws - (population - successes));
        Maximum = Math.Min(successes, draws);
        var length = checked((int)(Maximum - Minimum + 1));
        var weights = new double[length];
        var mode = Math.Clamp((long)((draws + 1) * (double)(successes + 1) / (population + 2)), Minimum, Maximum);
        var modeIndex = (int)(mode - Minimum);
        weights[modeIndex] = 1.0;

        // P(x+1)/P(x) = (n - x)(N - x) / ((x + 1)(M - n - N + x + 1))
        for (var i = modeIndex; i < length - 1; i++)
        {
            var x = (double)(Minimum + i);
            weights[i + 1] = weights[i] * ((successes - x) * (draws - x)) / ((x + 1) * (population - successes - draws + x + 1));
        }

        for (var i = modeIndex; i > 0; i--)
        {
            var x = (double)(Minimum + i);
            weights[i - 1] = weights[i] * (x * (population - successes - draws + x)) / ((successes - x + 1) * (draws - x + 1));
        }

        SymmetriseMirroredTerms(weights, population, successes, draws);

        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        probabilities = new double[length];
        for (var i = 0; i < length; i++)
        {
            probabilities[i] = weights[i] / total;
        }
    }

    public long Minimum { get; }

    public long Maximum { get; }

    public double Pmf(long x) => x < Minimum || x > Maximum ? 0.0 : probabilities[x - Minimum];

    /// <summary>P(X &lt;= x), summed from the far tail inwards.</summary>
    public double Cdf(long x)
    {
        var sum = 0.0;
        for (var k = Minimum; k <= Math.Min(x, Maximum); k++)
        {
            sum += probabilities[k - Minimum];
        }

        return sum;
    }

    /// <summary>P(X &gt; x), summed from the far tail inwards.</summary>
    public double Sf(long x)
    {
        var sum = 0.0;
        for (var k = Maximum; k > Math.Max(x, Minimum - 1); k--)
        {
            sum += probabilities[k - Minimum];
        }

        return sum;
    }

    // With equal row totals P(x) = P(N - x); with equal column totals P(x) = P(n - x). Making such pairs
    // bit-identical keeps "as likely as the observed table" decisions exact for symmetric designs.
    private void SymmetriseMirroredTerms(double[] weights, long population, long successes, long draws)
    {
        long? mirrorSum = successes * 2 == population ? draws : draws * 2 == population ? successes : null;
        if (mirrorSum is not { } sum)
        {
            return;
        }

        for (var x = Minimum; x <= Maximum; x++)
        {
            var mirror = sum - x;
            if (mirror > x && mirror >= Minimum && mirror <= Maximum)
            {
                var average = (weights[x - Minimum] + weights[mirror - Minimum]) / 2;
                weights[x - Minimum] = average;
                weights[mirror - Minimum] = average;
            }
        }
    }
}
