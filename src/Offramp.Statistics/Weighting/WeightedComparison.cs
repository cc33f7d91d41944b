using System.Collections.Immutable;
using System.Globalization;

using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;

namespace Offramp.Statistics.Weighting;

/// <summary>
/// Inverse-probability weighting for a non-randomised comparison group (the Sri Lanka design): a logistic
/// propensity model (R's glm), stabilised weights with truncation, covariate balance before and after,
/// weighted Kaplan–Meier curves (R's survfit with weights) and a weighted Cox hazard ratio with a robust
/// standard error (R's coxph(..., weights, robust = TRUE)).
/// </summary>
public static class WeightedComparison
{
    /// <param name="treatmentName">Name of the treatment indicator (the Cox coefficient's name).</param>
    /// <param name="treated">True for the program group.</param>
    /// <param name="covariates">What the propensity model adjusts for.</param>
    /// <param name="times">Follow-up times.</param>
    /// <param name="events">Event indicators.</param>
    /// <param name="estimand">ATE or ATT.</param>
    /// <param name="truncation">Truncate the weights at this quantile and its complement (0 for none).</param>
    /// <param name="confidenceLevel">Level of the intervals.</param>
    /// <param name="concordance">Compute the weighted Cox model's concordance (see <see cref="CoxOptions.Concordance"/>).</param>
    /// <param name="details">
    /// Also compute the weighted Kaplan–Meier curves and the Cox model's robust score test. A caller that shows only the
    /// balance and the hazard ratio turns them off: on a million rows they cost two curve fits and a pass of residuals.
    /// </param>
    public static WeightedComparisonResult Analyze(
        string treatmentName,
        bool[] treated,
        IReadOnlyList<Covariate> covariates,
        double[] times,
        bool[] events,
        Estimand estimand = Estimand.Ate,
        double truncation = 0.01,
        double confidenceLevel = 0.95,
        bool concordance = true,
        bool details = true)
    {
        var n = treated.Length;
        var treatedCount = treated.Count(t => t);
        if (treatedCount == 0 || treatedCount == n)
        {
            throw new ModelNotEstimableException(WarningText.Fixed("Everyone is in the same group: a weighted comparison needs a program group and a comparison group."));
        }

        var design = DesignMatrix.Create(covariates);
        var propensity = LogisticRegression.Fit(treated, design, "group membership");
        RefuseNoOverlap(propensity);
        var weights = PropensityWeights.Compute(treated, propensity.FittedProbabilities, estimand, truncation);
        var balance = ImmutableArray.CreateBuilder<CovariateBalance>(design.Columns);
        var column = new double[n];
        for (var j = 0; j < design.Columns; j++)
        {
            for (var i = 0; i < n; i++)
            {
                column[i] = design[i, j];
            }

            balance.Add(CovariateBalance.Compute(design.Names[j], column, treated, weights.Weights.AsSpan()));
        }

        var (control, program) = details ? Curves(treated, times, events, weights.Weights.AsSpan(), confidenceLevel) : (null, null);
        var cox = CoxRegression.Fit(
            new CoxModelInput(times, events, [Covariate.Numeric(treatmentName, Array.ConvertAll(treated, t => t ? 1.0 : 0.0))], Weights: [.. weights.Weights]),
            new CoxOptions { Robust = true, ConfidenceLevel = confidenceLevel, Concordance = concordance, RobustScoreTest = details });

        return new WeightedComparisonResult(
            n,
            treatedCount,
            n - treatedCount,
            estimand,
            propensity,
            weights,
            balance.MoveToImmutable(),
            control,
            program,
            cox,
            Warnings(propensity, weights, balance, cox));
    }

    /// <summary>Below this a propensity score means the groups do not overlap: the weight would exceed a hundred million.</summary>
    public const double MinimumPropensity = 1e-8;

    /// <summary>
    /// Positivity: someone with (almost) no chance of being in the other group has no counterpart there, and
    /// a weight that dwarfs everyone else's. R's glm converges here with only a huge coefficient, so it is checked directly.
    /// </summary>
    private static void RefuseNoOverlap(LogisticResult propensity)
    {
        var outside = propensity.FittedProbabilities.Count(e => e < MinimumPropensity || e > 1 - MinimumPropensity);
        if (outside > 0)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"The covariates separate group membership (almost) perfectly: {outside} participants have a propensity score within {MinimumPropensity:0e0} of 0 or 1, so the groups do not overlap and no weighting can make them comparable. Drop or merge the covariate that decides the group, or compare within it."));
        }
    }

    private static (WeightedSurvivalCurve? Control, WeightedSurvivalCurve? Treated) Curves(bool[] treated, double[] times, bool[] events, ReadOnlySpan<double> weights, double level)
    {
        var weightsCopy = weights.ToArray();
        WeightedSurvivalCurve Part(bool group, string label)
        {
            var rows = Enumerable.Range(0, treated.Length).Where(i => treated[i] == group).ToArray();
            return WeightedKaplanMeier.Fit(label, rows.Select(i => times[i]).ToArray(), rows.Select(i => events[i]).ToArray(), rows.Select(i => weightsCopy[i]).ToArray(), level);
        }

        return (Part(false, "comparison"), Part(true, "program"));
    }

    private static ImmutableArray<SmallNumberWarning> Warnings(LogisticResult propensity, PropensityWeights weights, IEnumerable<CovariateBalance> balance, CoxResult cox)
    {
        var warnings = new WarningCollector().AddRange(propensity.Warnings).AddRange(cox.Warnings);
        var unbalanced = balance.Where(b => !b.BalancedAfterWeighting).Select(b => b.Name).ToArray();
        if (unbalanced.Length > 0)
        {
            // The covariates' names are a list of their own, so an application can word each (a name it knows) and join them.
            var names = new WarningText(string.Join(", ", unbalanced.Select((_, i) => $"{{{i}}}")), unbalanced);
            warnings.Add(SmallNumberWarning.Of(
                SmallNumberKind.NotEstimable,
                unbalanced.Length == 1
                    ? WarningText.Of($"After weighting, {names} still differs between the groups (|standardised difference| ≥ 0.1): the comparison is not fully adjusted.")
                    : WarningText.Of($"After weighting, {names} still differ between the groups (|standardised difference| ≥ 0.1): the comparison is not fully adjusted.")));
        }

        var smallest = Math.Min(weights.EffectiveSampleSizeTreated, weights.EffectiveSampleSizeControl);
        if (smallest < SmallNumberWarning.MinimumSampleSize * 2)
        {
            warnings.Add(SmallNumberWarning.Of(
                SmallNumberKind.SmallSample,
                WarningText.Of($"The weights leave an effective sample of only {smallest:0.#} in one group: a few participants carry the comparison.")));
        }

        return warnings.ToImmutable();
    }
}
