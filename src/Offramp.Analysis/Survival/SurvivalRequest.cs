using Offramp.Statistics.Survival;

namespace Offramp.Analysis.Survival;

/// <summary>The options of one <c>analyze survival</c> run.</summary>
public sealed record SurvivalRequest(
    string CsvPath,
    string TimeColumn,
    string EventColumn,
    string? GroupColumn,
    string? StrataColumn,
    IReadOnlyList<double> Horizons,
    KaplanMeierOptions Options);
