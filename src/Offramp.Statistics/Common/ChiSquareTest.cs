namespace Offramp.Statistics.Common;

/// <summary>A chi-square test statistic with its degrees of freedom and upper-tail p-value.</summary>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    public static ChiSquareTest Of(double statistic, int degreesOfFreedom) =>
        new(statistic, degreesOfFreedom, Probability.ChiSquareUpperTail(statistic, degreesOfFreedom));
}
