using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Competing;

/// <summary>The cumulative incidence at a chosen time: the last jump at or before it, NaN beyond the group's follow-up (as cmprsk's timepoints).</summary>
public sealed record CumulativeIncidenceAtTime(double Time, double Estimate, double Variance, double Lower, double Upper);

/// <summary>
/// The Aalen–Johansen cumulative incidence of one cause in one group, with Gray's variance, at each time an
/// event of that cause occurs (cmprsk's cuminc, without its doubled plotting corners).
/// </summary>
/// <param name="Group">Group label (empty without groups).</param>
/// <param name="Cause">The cause (status code).</param>
/// <param name="N">Participants in the group.</param>
/// <param name="Events">Events of this cause in the group.</param>
/// <param name="Time">Times at which the incidence rises.</param>
/// <param name="Estimate">Probability of having had this cause by each time (accounting for the others).</param>
/// <param name="Variance">Gray's variance of each estimate.</param>
/// <param name="Lower">Lower bound (log(-log) scale), NaN where the estimate is 0.</param>
/// <param name="Upper">Upper bound (log(-log) scale), NaN where the estimate is 0.</param>
/// <param name="LastFollowUp">Longest follow-up in the group: the curve is not defined beyond it.</param>
/// <param name="Horizons">The estimate at each requested time.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record CumulativeIncidenceCurve(
    string Group,
    int Cause,
    int N,
    int Events,
    ImmutableArray<double> Time,
    ImmutableArray<double> Estimate,
    ImmutableArray<double> Variance,
    ImmutableArray<double> Lower,
    ImmutableArray<double> Upper,
    double LastFollowUp,
    ImmutableArray<CumulativeIncidenceAtTime> Horizons,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;

/// <summary>Gray's test that the cumulative incidence of one cause is the same in every group.</summary>
public sealed record GrayTestResult(int Cause, double Statistic, int DegreesOfFreedom, double PValue);

/// <summary>What a competing-risks analysis reports: a curve per group and cause, and Gray's test per cause.</summary>
public sealed record CompetingRisksResult(
    int N,
    ImmutableArray<int> Causes,
    ImmutableArray<CumulativeIncidenceCurve> Curves,
    ImmutableArray<GrayTestResult> Tests,
    double ConfidenceLevel,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
