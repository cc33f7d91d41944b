using System.Collections.Immutable;

using Offramp.Statistics.Survival;

namespace Offramp.Analysis.Survival;

/// <summary>One Kaplan–Meier curve with its median, quartiles and the survival at the requested horizons.</summary>
/// <param name="Curve">The full curve, one row per distinct time.</param>
/// <param name="Median">Median survival and CI as R's print.survfit.</param>
/// <param name="Quantiles">25%, 50% and 75% event quantiles as R's quantile.survfit.</param>
/// <param name="Horizons">Survival at the requested times, as R's summary(fit, times = ...).</param>
public sealed record SurvivalCurveReport(
    KaplanMeierCurve Curve,
    MedianSurvival Median,
    ImmutableArray<SurvivalQuantile> Quantiles,
    ImmutableArray<SurvivalAtTime> Horizons);

/// <summary>What <c>analyze survival</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants analysed.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="Overall">The curve of all participants.</param>
/// <param name="Groups">One curve per group (empty without --group).</param>
/// <param name="LogRank">Log-rank test across groups (null without --group).</param>
/// <param name="StratifiedLogRank">Log-rank test within strata (null without --strata).</param>
/// <param name="Notes">Plain remarks about the request, e.g. horizons beyond follow-up.</param>
public sealed record SurvivalReport(
    string File,
    int N,
    int RowsSkipped,
    SurvivalCurveReport Overall,
    ImmutableArray<SurvivalCurveReport> Groups,
    LogRankResult? LogRank,
    LogRankResult? StratifiedLogRank,
    ImmutableArray<string> Notes);
