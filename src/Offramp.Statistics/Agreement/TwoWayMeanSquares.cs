namespace Offramp.Statistics.Agreement;

/// <summary>
/// The mean squares of a subjects x raters table with one score per cell, from which every Shrout–Fleiss
/// ICC is built (two-way ANOVA without interaction, as R's aov(values ~ subject + rater)).
/// </summary>
public sealed record TwoWayMeanSquares
{
    /// <summary>MSB: between subjects, n - 1 degrees of freedom.</summary>
    public required double BetweenSubjects { get; init; }

    /// <summary>MSW: within subjects (raters and residual pooled), n (k - 1) degrees of freedom.</summary>
    public required double WithinSubjects { get; init; }

    /// <summary>MSJ: between raters, k - 1 degrees of freedom.</summary>
    public required double BetweenRaters { get; init; }

    /// <summary>MSE: residual, (n - 1)(k - 1) degrees of freedom.</summary>
    public required double Residual { get; init; }

    /// <summary>Decomposes scores laid out [subject, rater]; needs at least two subjects and two raters.</summary>
    public static TwoWayMeanSquares Of(double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = scores.GetLength(0);
        var k = scores.GetLength(1);
        if (n < 2 || k < 2)
        {
            throw new ArgumentException("An ICC needs at least two subjects and two raters.", nameof(scores));
        }

        var subjectMeans = new double[n];
        var raterMeans = new double[k];
        double grand = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                subjectMeans[i] += scores[i, j];
                raterMeans[j] += scores[i, j];
                grand += scores[i, j];
            }
        }

        grand /= n * k;
        for (var i = 0; i < n; i++)
        {
            subjectMeans[i] /= k;
        }

        for (var j = 0; j < k; j++)
        {
            raterMeans[j] /= n;
        }

        double subjectsSum = 0, ratersSum = 0, residualSum = 0;
        for (var i = 0; i < n; i++)
        {
            var subjectEffect = subjectMeans[i] - grand;
            subjectsSum += subjectEffect * subjectEffect;
        }

        for (var j = 0; j < k; j++)
        {
            var raterEffect = raterMeans[j] - grand;
            ratersSum += raterEffect * raterEffect;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                // The residual is summed directly rather than as total minus effects, which would cancel digits.
                var residual = scores[i, j] - subjectMeans[i] - raterMeans[j] + grand;
                residualSum += residual * residual;
            }
        }

        subjectsSum *= k;
        ratersSum *= n;
        return new TwoWayMeanSquares
        {
            BetweenSubjects = subjectsSum / (n - 1),
            WithinSubjects = (ratersSum + residualSum) / (n * (k - 1)),
            BetweenRaters = ratersSum / (k - 1),
            Residual = residualSum / ((n - 1) * (k - 1)),
        };
    }
}
