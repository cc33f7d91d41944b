namespace Offramp.Statistics.Survival;

/// <summary>
/// Median survival time and its confidence interval; NaN where the curve (or a bound) never falls to 0.5,
/// which R prints as NA.
/// </summary>
/// <param name="Median">Median time to event.</param>
/// <param name="Lower">Lower confidence bound: where the lower confidence curve reaches 0.5.</param>
/// <param name="Upper">Upper confidence bound: where the upper confidence curve reaches 0.5.</param>
public sealed record MedianSurvival(double Median, double Lower, double Upper)
{
    /// <summary>
    /// The median as R's print.survfit and summary(fit)$table compute it: the first time the curve is
    /// below 0.5 (within sqrt(eps)); where the curve is flat at exactly 0.5, the midpoint between the
    /// start of that flat part and the next drop. The bounds apply the same rule to the confidence curves.
    /// </summary>
    public static MedianSurvival FromCurve(KaplanMeierCurve curve)
    {
        var time = curve.Time.AsSpan();
        return new MedianSurvival(
            FirstBelowHalf(curve.Survival.AsSpan(), time),
            FirstBelowHalf(curve.Lower.AsSpan(), time),
            FirstBelowHalf(curve.Upper.AsSpan(), time));
    }

    // R survival's survmean minmin().
    private static double FirstBelowHalf(ReadOnlySpan<double> values, ReadOnlySpan<double> time)
    {
        var tolerance = Common.RTolerance.SqrtMachineEpsilon;
        var first = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]) && values[i] < 0.5 + tolerance)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return double.NaN;
        }

        var firstValue = values[first];
        if (Math.Abs(firstValue - 0.5) < tolerance)
        {
            for (var i = first + 1; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]) && values[i] < firstValue)
                {
                    return (time[first] + time[i]) / 2;
                }
            }
        }

        return time[first];
    }
}
