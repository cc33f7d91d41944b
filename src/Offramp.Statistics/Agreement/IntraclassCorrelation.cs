using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// The six intraclass correlations of Shrout and Fleiss (1979) with F tests and confidence limits,
/// computed exactly as R's psych::ICC does on its ANOVA path (lmer = FALSE; psych's default lmer = TRUE
/// estimates the same variance components by REML, which on complete data agrees up to the optimizer's
/// tolerance). With MSB, MSW, MSJ, MSE from <see cref="TwoWayMeanSquares"/>, n subjects and k raters:
/// <code>
/// ICC1  = (MSB - MSW) / (MSB + (k-1) MSW)              ICC1k = (MSB - MSW) / MSB
/// ICC2  = (MSB - MSE) / (MSB + (k-1) MSE + k (MSJ - MSE) / n)
/// ICC2k = (MSB - MSE) / (MSB + (MSJ - MSE) / n)
/// ICC3  = (MSB - MSE) / (MSB + (k-1) MSE)              ICC3k = (MSB - MSE) / MSB
/// </code>
/// ICC1 forms test F = MSB/MSW on (n-1, n(k-1)) df, the others F = MSB/MSE on (n-1, (n-1)(k-1)) df.
/// The limits of ICC1 and ICC3 follow from F over or times the F quantile; those of ICC2 use the
/// Satterthwaite degrees of freedom v of Shrout and Fleiss' equation for case 2, as psych codes it.
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>Computes the six ICCs of scores laid out [subject, rater] with no missing cell.</summary>
    public static IccResult Compute(double[,] scores, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidenceLevel, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidenceLevel, 1);
        var ms = TwoWayMeanSquares.Of(scores);
        double n = scores.GetLength(0);
        double k = scores.GetLength(1);
        var q = 1 - ((1 - confidenceLevel) / 2);
        double msb = ms.BetweenSubjects, msw = ms.WithinSubjects, msj = ms.BetweenRaters, mse = ms.Residual;

        var icc1 = (msb - msw) / (msb + ((k - 1) * msw));
        var icc2 = (msb - mse) / (msb + ((k - 1) * mse) + (k * (msj - mse) / n));
        var icc3 = (msb - mse) / (msb + ((k - 1) * mse));
        var icc1k = (msb - msw) / msb;
        var icc2k = (msb - mse) / (msb + ((msj - mse) / n));
        var icc3k = (msb - mse) / msb;

        var f1 = msb / msw;
        double df1Numerator = n - 1, df1Denominator = n * (k - 1);
        var f3 = msb / mse;
        double df3Numerator = n - 1, df3Denominator = (n - 1) * (k - 1);
        var p1 = FDistribution.UpperTail(f1, df1Numerator, df1Denominator);
        var p3 = FDistribution.UpperTail(f3, df3Numerator, df3Denominator);

        var f1Lower = f1 / FDistribution.Quantile(q, df1Numerator, df1Denominator);
        var f1Upper = f1 * FDistribution.Quantile(q, df1Denominator, df1Numerator);
        var f3Lower = f3 / FDistribution.Quantile(q, df3Numerator, df3Denominator);
        var f3Upper = f3 * FDistribution.Quantile(q, df3Denominator, df3Numerator);
        var (icc2Lower, icc2Upper) = Case2Limits(ms, n, k, icc2, q);

        IccEstimate Row(IccForm form, double value, double f, double d1, double d2, double p, double lower, double upper) =>
            new() { Form = form, Value = value, F = f, Df1 = d1, Df2 = d2, PValue = p, Interval = new ConfidenceInterval(lower, upper, confidenceLevel) };

        IccEstimate[] estimates =
        [
            Row(IccForm.Icc1, icc1, f1, df1Numerator, df1Denominator, p1, SingleRaterBound(f1Lower, k), SingleRaterBound(f1Upper, k)),
            Row(IccForm.Icc2, icc2, f3, df3Numerator, df3Denominator, p3, icc2Lower, icc2Upper),
            Row(IccForm.Icc3, icc3, f3, df3Numerator, df3Denominator, p3, SingleRaterBound(f3Lower, k), SingleRaterBound(f3Upper, k)),
            Row(IccForm.Icc1k, icc1k, f1, df1Numerator, df1Denominator, p1, 1 - (1 / f1Lower), 1 - (1 / f1Upper)),
            Row(IccForm.Icc2k, icc2k, f3, df3Numerator, df3Denominator, p3, AverageOf(icc2Lower, k), AverageOf(icc2Upper, k)),
            Row(IccForm.Icc3k, icc3k, f3, df3Numerator, df3Denominator, p3, 1 - (1 / f3Lower), 1 - (1 / f3Upper)),
        ];

        return new IccResult
        {
            N = (int)n,
            RaterCount = (int)k,
            MeanSquares = ms,
            Estimates = estimates,
            Warnings = AgreementWarnings.ForSubjects(WarningText.Fixed("The ICC"), (int)n).AddRange(DegenerateWarnings(estimates)),
        };
    }

    /// <summary>The ICC over the subjects every rater of the matrix rated; the scale must be numeric.</summary>
    public static IccResult Compute(RatingMatrix matrix, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var values = matrix.Scale.NumericValues
            ?? throw new ArgumentException("The ICC needs numeric ratings.", nameof(matrix));
        var complete = matrix.CompleteSubjects();
        var scores = new double[complete.Length, matrix.RaterCount];
        for (var i = 0; i < complete.Length; i++)
        {
            for (var r = 0; r < matrix.RaterCount; r++)
            {
                scores[i, r] = values[matrix[complete[i], r]];
            }
        }

        return Compute(scores, confidenceLevel);
    }

    /// <summary>Limits of ICC2 (Shrout and Fleiss 1979, case 2), with psych's Satterthwaite df.</summary>
    private static (double Lower, double Upper) Case2Limits(TwoWayMeanSquares ms, double n, double k, double icc2, double q)
    {
        double msb = ms.BetweenSubjects, msj = ms.BetweenRaters, mse = ms.Residual;
        var fj = msj / mse;
        var spread = (n * (1 + ((k - 1) * icc2))) - (k * icc2);
        var vNumerator = (k - 1) * (n - 1) * Square((k * icc2 * fj) + spread);
        var vDenominator = ((n - 1) * k * k * icc2 * icc2 * fj * fj) + Square(spread);
        var v = vNumerator / vDenominator;
        var fUpper = FDistribution.Quantile(q, n - 1, v);
        var fLower = FDistribution.Quantile(q, v, n - 1);
        var raterTerm = (k * msj) + (((k * n) - k - n) * mse);
        var lower = n * (msb - (fUpper * mse)) / ((fUpper * raterTerm) + (n * msb));
        var upper = n * ((fLower * msb) - mse) / (raterTerm + (n * fLower * msb));
        return (lower, upper);
    }

    /// <summary>What to say when the scores leave an ICC or its limits undefined (0/0), where R gives NaN too.</summary>
    private static IEnumerable<SmallNumberWarning> DegenerateWarnings(IccEstimate[] estimates)
    {
        if (estimates.Any(e => double.IsNaN(e.Value)))
        {
            yield return SmallNumberWarning.NotEstimable(
                "The ICC cannot be computed: the scores do not vary between people, so there is nothing for raters to agree on.");
        }
        else if (estimates.Any(e => double.IsNaN(e.Interval.Lower) || double.IsNaN(e.Interval.Upper)))
        {
            yield return SmallNumberWarning.NotEstimable(
                "Some of the ICC's confidence limits cannot be computed: the raters agree perfectly, leaving no error to measure them by.");
        }
    }

    /// <summary>
    /// (F - 1) / (F + k - 1), the limit for one rater from a limit on F. With no residual error F is infinite
    /// and the limit is 1, which the formula as written would turn into Inf/Inf = NaN.
    /// </summary>
    private static double SingleRaterBound(double f, double k) =>
        double.IsPositiveInfinity(f) ? 1 : (f - 1) / (f + (k - 1));

    /// <summary>Spearman–Brown: the reliability of the mean of k raters from that of one.</summary>
    private static double AverageOf(double single, double k) => single * k / (1 + (single * (k - 1)));

    private static double Square(double x) => x * x;
}
