using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Fleiss' kappa (Fleiss 1971) for m raters per subject, from counts n_ij of the raters who put subject i
/// in level j, as statsmodels' fleiss_kappa computes it:
/// <code>
/// P_i = (sum_j n_ij^2 - m) / (m (m - 1)),  P-bar = mean P_i,  p_j = sum_i n_ij / (N m),  Pe = sum p_j^2
/// kappa = (P-bar - Pe) / (1 - Pe)
/// </code>
/// The test of kappa = 0 uses the null variance of Fleiss, Nee and Landis (1979), which corrects the one
/// printed in Fleiss (1971) and is the one R's irr::kappam.fleiss reports (q_j = 1 - p_j):
/// <code>
/// Var0 = 2 / (N m (m - 1) (sum p_j q_j)^2) * [ (sum p_j q_j)^2 - sum p_j q_j (q_j - p_j) ]
/// </code>
/// No confidence interval is given: that variance holds only under kappa = 0.
/// </summary>
public static class FleissKappa
{
    /// <summary>Computes kappa from a subjects x levels table of counts; every row must sum to the same m of at least 2.</summary>
    public static FleissKappaResult Compute(long[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var subjects = counts.GetLength(0);
        var levels = counts.GetLength(1);
        var raters = subjects == 0 ? 0L : RowSum(counts, 0);
        for (var i = 0; i < subjects; i++)
        {
            if (RowSum(counts, i) != raters)
            {
                throw new ArgumentException("Every subject must have the same number of ratings.", nameof(counts));
            }
        }

        if (subjects > 0 && raters < 2)
        {
            throw new ArgumentException("Fleiss' kappa needs at least two ratings per subject.", nameof(counts));
        }

        var m = (double)raters;
        var levelTotals = new double[levels];
        double sumAgreement = 0;
        for (var i = 0; i < subjects; i++)
        {
            double squares = 0;
            for (var j = 0; j < levels; j++)
            {
                squares += (double)counts[i, j] * counts[i, j];
                levelTotals[j] += counts[i, j];
            }

            sumAgreement += (squares - m) / (m * (m - 1));
        }

        var observed = sumAgreement / subjects;
        double expected = 0, sumPq = 0, sumPqqp = 0;
        foreach (var total in levelTotals)
        {
            var pj = total / (subjects * m);
            var qj = 1 - pj;
            expected += pj * pj;
            sumPq += pj * qj;
            sumPqqp += pj * qj * (qj - pj);
        }

        var kappa = (observed - expected) / (1 - expected);
        var variance0 = 2 / (sumPq * sumPq * (subjects * m * (m - 1))) * ((sumPq * sumPq) - sumPqqp);
        var standardError = Math.Sqrt(variance0);
        var z = kappa / standardError;

        var warnings = AgreementWarnings.ForSubjects(WarningText.Fixed("Fleiss' kappa"), subjects);
        if (subjects > 0 && double.IsNaN(kappa))
        {
            warnings = warnings.Add(AgreementWarnings.OneLevelOnly(WarningText.Fixed("Fleiss' kappa")));
        }

        return new FleissKappaResult
        {
            Kappa = kappa,
            ObservedAgreement = observed,
            ExpectedAgreement = expected,
            StandardErrorUnderNull = standardError,
            Z = z,
            PValue = 2 * Probability.NormalUpperTail(Math.Abs(z)),
            N = subjects,
            RaterCount = (int)raters,
            Warnings = warnings,
        };
    }

    /// <summary>Fleiss' kappa over the subjects every rater of the matrix rated on the scale.</summary>
    public static FleissKappaResult Compute(RatingMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var complete = matrix.CompleteSubjects();
        var counts = new long[complete.Length, matrix.Scale.Count];
        for (var i = 0; i < complete.Length; i++)
        {
            for (var r = 0; r < matrix.RaterCount; r++)
            {
                counts[i, matrix[complete[i], r]]++;
            }
        }

        // With no complete subject the counts cannot tell how many raters there were; the matrix can.
        return Compute(counts) with { RaterCount = matrix.RaterCount };
    }

    private static long RowSum(long[,] counts, int row)
    {
        long sum = 0;
        for (var j = 0; j < counts.GetLength(1); j++)
        {
            sum += counts[row, j];
        }

        return sum;
    }
}
