using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Upper tail and quantiles of the F distribution to near full double precision, for the ICC tests
/// and confidence limits. MathNet's own inverse stops at about 1e-11 relative, which the limits of an ICC
/// near zero magnify; here it only gives the starting point for Newton steps on the exact tail.
/// </summary>
internal static class FDistribution
{
    /// <summary>P(F &gt; f) as the regularized incomplete beta I_x(d2/2, d1/2), x = d2 / (d2 + d1 f), with no 1 - CDF cancellation.</summary>
    public static double UpperTail(double f, double d1, double d2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0;
        }

        return SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + (d1 * f)));
    }

    /// <summary>
    /// The value with lower-tail probability <paramref name="probability"/> (R's qf). Degrees of freedom that
    /// are not finite and positive (as the ICC2 Satterthwaite df become when raters agree perfectly) give NaN,
    /// as R does, rather than an exception.
    /// </summary>
    public static double Quantile(double probability, double d1, double d2)
    {
        if (!(d1 > 0 && d2 > 0 && double.IsFinite(d1) && double.IsFinite(d2) && probability > 0 && probability < 1))
        {
            return double.NaN;
        }

        var target = 1 - probability;
        var f = FisherSnedecor.InvCDF(d1, d2, probability);
        for (var step = 0; step < 8; step++)
        {
            var density = FisherSnedecor.PDF(d1, d2, f);
            if (!(density > 0))
            {
                break;
            }

            // Newton on the upper tail, whose derivative is minus the density.
            var next = f + ((UpperTail(f, d1, d2) - target) / density);
            if (!(next > 0))
            {
                break;
            }

            var converged = Math.Abs(next - f) <= 4 * double.Epsilon + (1e-15 * Math.Abs(f));
            f = next;
            if (converged)
            {
                break;
            }
        }

        return f;
    }
}
