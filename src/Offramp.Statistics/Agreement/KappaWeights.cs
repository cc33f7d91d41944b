namespace Offramp.Statistics.Agreement;

/// <summary>
/// Agreement weights for Cohen's kappa: 1 on the diagonal, 0 for the farthest disagreement. Distances are
/// counted in scale positions (as scikit-learn and statsmodels do), not in the numbers the levels carry,
/// so every level of the scale counts, including levels nobody used.
/// </summary>
public static class KappaWeights
{
    public static double[,] For(KappaWeighting weighting, int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        var weights = new double[levels, levels];
        double farthest = levels - 1;
        for (var i = 0; i < levels; i++)
        {
            for (var j = 0; j < levels; j++)
            {
                double distance = Math.Abs(i - j);
                weights[i, j] = weighting switch
                {
                    KappaWeighting.Unweighted => i == j ? 1 : 0,
                    KappaWeighting.Linear => i == j ? 1 : 1 - (distance / farthest),
                    KappaWeighting.Quadratic => i == j ? 1 : 1 - (distance * distance / (farthest * farthest)),
                    _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "Unknown kappa weighting."),
                };
            }
        }

        return weights;
    }
}
