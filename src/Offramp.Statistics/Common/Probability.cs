using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Offramp.Statistics.Common;

/// <summary>
/// Tail probabilities computed directly from the upper tail, so small p-values keep their
/// precision (1 - CDF would cancel to 0 long before R or SciPy do).
/// </summary>
public static class Probability
{
    /// <summary>The standard normal quantile for a two-sided interval, as R's qnorm(1 - (1 - level)/2).</summary>
    public static double TwoSidedNormalCritical(double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie between 0 and 1.");
        }

        return Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2));
    }

    /// <summary>P(Z &gt; z) for a standard normal Z.</summary>
    public static double NormalUpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Constants.Sqrt2);

    /// <summary>P(X &gt; x) for a chi-square X with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double ChiSquareUpperTail(double x, double degreesOfFreedom)
    {
        if (double.IsNaN(x) || degreesOfFreedom <= 0)
        {
            return double.NaN;
        }

        return x <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, x / 2);
    }

    /// <summary>P(|T| &gt; |t|) for Student's T with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    public static double StudentTwoSided(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t) || degreesOfFreedom <= 0)
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0.0;
        }

        // The regularized incomplete beta gives the two-sided tail without forming 1 - CDF.
        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        return SpecialFunctions.BetaRegularized(degreesOfFreedom / 2, 0.5, x);
    }

    /// <summary>
    /// The Student t quantile for a two-sided interval. MathNet's inverse is a root search with a loose
    /// tolerance, so it only seeds Newton steps on the precise upper tail.
    /// </summary>
    public static double TwoSidedStudentCritical(double confidenceLevel, double degreesOfFreedom)
    {
        var upperTail = (1 - confidenceLevel) / 2;
        var t = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - upperTail);
        for (var iteration = 0; iteration < 8; iteration++)
        {
            var step = (StudentUpperTail(t, degreesOfFreedom) - upperTail) / StudentT.PDF(0, 1, degreesOfFreedom, t);
            t += step;
            if (Math.Abs(step) <= 1e-15 * Math.Abs(t))
            {
                break;
            }
        }

        return t;
    }

    /// <summary>P(T &gt; t) for Student's T, t &gt;= 0.</summary>
    private static double StudentUpperTail(double t, double degreesOfFreedom) => 0.5 * StudentTwoSided(t, degreesOfFreedom);
}
