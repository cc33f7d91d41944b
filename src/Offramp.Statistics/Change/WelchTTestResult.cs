using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Welch's two-sample t-test, as R's t.test(x ~ group): difference = mean of the first group minus the second.</summary>
public sealed record WelchTTestResult(
    string FirstGroup,
    string SecondGroup,
    double MeanFirst,
    double MeanSecond,
    double Difference,
    double StandardError,
    double T,
    double DegreesOfFreedom,
    double PValue,
    ConfidenceInterval Interval,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
