using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Cohen's kappa, unweighted or weighted, for two raters. The standard errors are the large-sample
/// formulas of Fleiss, Cohen and Everitt (1969), with agreement weights w (1 on the diagonal), observed
/// proportions p_ij, margins p_i. and p_.j, row and column weight means wr_i = sum_j p_.j w_ij and
/// wc_j = sum_i p_i. w_ij, observed agreement Po = sum p_ij w_ij and chance agreement Pe = sum p_i. p_.j w_ij:
/// <code>
/// kappa = (Po - Pe) / (1 - Pe)
/// Var   = [ sum p_ij (w_ij - (wr_i + wc_j)(1 - kappa))^2 - (kappa - Pe (1 - kappa))^2 ] / (N (1 - Pe)^2)
/// Var0  = [ sum p_i. p_.j (w_ij - (wr_i + wc_j))^2 - Pe^2 ] / (N (1 - Pe)^2)      (under kappa = 0)
/// </code>
/// Unweighted kappa is the case w = identity, where these reduce to Fleiss, Cohen and Everitt's unweighted
/// formulas. This is what statsmodels' cohens_kappa reports (std_kappa, std_kappa0, z_value,
/// pvalue_two_sided, kappa_low, kappa_upp), against which the tests check it.
/// </summary>
public static class CohenKappa
{
    public static KappaResult Compute(RaterPairTable table, KappaWeighting weighting, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidenceLevel, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidenceLevel, 1);

        var k = table.Levels;
        var n = (double)table.Total;
        var w = KappaWeights.For(weighting, k);
        var p = new double[k, k];
        var rowMargin = new double[k];
        var columnMargin = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                p[i, j] = table[i, j] / n;
                rowMargin[i] += p[i, j];
                columnMargin[j] += p[i, j];
            }
        }

        var rowWeightMean = new double[k];
        var columnWeightMean = new double[k];
        double observed = 0, expected = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                rowWeightMean[i] += columnMargin[j] * w[i, j];
                columnWeightMean[j] += rowMargin[i] * w[i, j];
                observed += p[i, j] * w[i, j];
                expected += rowMargin[i] * columnMargin[j] * w[i, j];
            }
        }

        var kappa = (observed - expected) / (1 - expected);
        double sumEstimated = 0, sumNull = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var meanSum = rowWeightMean[i] + columnWeightMean[j];
                var deviation = w[i, j] - (meanSum * (1 - kappa));
                sumEstimated += p[i, j] * deviation * deviation;
                var nullDeviation = w[i, j] - meanSum;
                sumNull += rowMargin[i] * columnMargin[j] * nullDeviation * nullDeviation;
            }
        }

        var scale = n * (1 - expected) * (1 - expected);
        var bias = kappa - (expected * (1 - kappa));
        // Clamped at 0: with perfect agreement the variance is 0 and rounding can leave it a hair below.
        var standardError = Math.Sqrt(Math.Max(0, sumEstimated - (bias * bias)) / scale);
        var standardErrorNull = Math.Sqrt(Math.Max(0, sumNull - (expected * expected)) / scale);
        var z = kappa / standardErrorNull;
        var halfWidth = Probability.TwoSidedNormalCritical(confidenceLevel) * standardError;

        var subjects = (int)table.Total;
        var name = weighting switch
        {
            KappaWeighting.Linear => WarningText.Fixed("linear-weighted Cohen's kappa"),
            KappaWeighting.Quadratic => WarningText.Fixed("quadratic-weighted Cohen's kappa"),
            _ => WarningText.Fixed("Cohen's kappa"),
        };
        var warnings = AgreementWarnings.ForSubjects(name, subjects);
        if (subjects > 0 && double.IsNaN(kappa))
        {
            warnings = warnings.Add(AgreementWarnings.OneLevelOnly(name));
        }

        return new KappaResult
        {
            Weighting = weighting,
            Kappa = kappa,
            StandardError = standardError,
            StandardErrorUnderNull = standardErrorNull,
            Z = z,
            PValue = 2 * Probability.NormalUpperTail(Math.Abs(z)),
            Interval = new ConfidenceInterval(kappa - halfWidth, kappa + halfWidth, confidenceLevel),
            ObservedAgreement = observed,
            ExpectedAgreement = expected,
            N = subjects,
            Warnings = warnings,
        };
    }
}
