using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>
/// A Kaplan–Meier curve with one row per distinct time (event or censoring), as R's survfit object.
/// Columns are parallel arrays so a million-row curve stays compact.
/// </summary>
/// <param name="Label">Group label, or empty for a single curve.</param>
/// <param name="N">Participants in the curve.</param>
/// <param name="Events">Total events.</param>
/// <param name="Time">Distinct times, ascending.</param>
/// <param name="NumberAtRisk">Participants still followed just before each time (n.risk).</param>
/// <param name="NumberOfEvents">Events at each time (n.event).</param>
/// <param name="NumberCensored">Censorings at each time (n.censor).</param>
/// <param name="Survival">Estimated probability of remaining event-free past each time.</param>
/// <param name="StandardErrorOfLogSurvival">Greenwood standard error of log S: R's survfit()$std.err. Infinite where S drops to 0.</param>
/// <param name="StandardErrorOfSurvival">Greenwood standard error of S itself: what R's summary(survfit) prints as std.err.</param>
/// <param name="Lower">Lower pointwise confidence bound (NaN where undefined, R's NA).</param>
/// <param name="Upper">Upper pointwise confidence bound (NaN where undefined, R's NA).</param>
/// <param name="ConfidenceType">Scale of the intervals.</param>
/// <param name="ConfidenceLevel">Level of the intervals.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record KaplanMeierCurve(
    string Label,
    int N,
    int Events,
    ImmutableArray<double> Time,
    ImmutableArray<int> NumberAtRisk,
    ImmutableArray<int> NumberOfEvents,
    ImmutableArray<int> NumberCensored,
    ImmutableArray<double> Survival,
    ImmutableArray<double> StandardErrorOfLogSurvival,
    ImmutableArray<double> StandardErrorOfSurvival,
    ImmutableArray<double> Lower,
    ImmutableArray<double> Upper,
    SurvivalConfidenceType ConfidenceType,
    double ConfidenceLevel,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
