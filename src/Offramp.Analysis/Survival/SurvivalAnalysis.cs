using System.Collections.Immutable;
using System.Globalization;

using Offramp.Analysis.Csv;
using Offramp.Statistics.Survival;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Survival;

/// <summary>Reads the CSV and computes the survival report: curves, medians, horizons and log-rank tests.</summary>
public static class SurvivalAnalysis
{
    public static readonly double[] QuantileProbabilities = [0.25, 0.5, 0.75];

    public static SurvivalReport Run(SurvivalRequest request)
    {
        if (request.StrataColumn is not null && request.GroupColumn is null)
        {
            throw new AnalysisInputException(L["--strata needs --group: the stratified log-rank test compares groups within strata."]);
        }

        var columns = CsvColumnReader.Read(request.CsvPath, Requests(request));
        var times = columns.Numbers(request.TimeColumn);
        var events = columns.Flags(request.EventColumn);
        var groups = request.GroupColumn is null ? null : columns.Labels(request.GroupColumn);
        var strata = request.StrataColumn is null ? null : columns.Labels(request.StrataColumn);
        var sample = SurvivalSample.Create(times, events, groups?.Codes, groups?.Labels, strata?.Codes, strata?.Labels);

        var overall = Describe(KaplanMeier.Fit(sample, request.Options), request.Horizons);
        var groupCurves = groups is null
            ? []
            : KaplanMeier.FitByGroup(sample, request.Options).Select(curve => Describe(curve, request.Horizons)).ToImmutableArray();
        var logRank = groups is not null && groups.Labels.Length >= 2 ? LogRankTest.Compare(sample) : null;
        var stratified = strata is not null && groups!.Labels.Length >= 2 ? LogRankTest.CompareStratified(sample) : null;

        return new SurvivalReport(request.CsvPath, columns.RowCount, columns.SkippedRows, overall, groupCurves, logRank, stratified, Notes(request, overall, groups));
    }

    private static SurvivalCurveReport Describe(KaplanMeierCurve curve, IReadOnlyList<double> horizons) => new(
        curve,
        MedianSurvival.FromCurve(curve),
        SurvivalQuantile.FromCurve(curve, QuantileProbabilities),
        SurvivalAtTime.FromCurve(curve, horizons));

    private static ColumnRequest[] Requests(SurvivalRequest request)
    {
        var requests = new List<ColumnRequest>
        {
            new(request.TimeColumn, ColumnKind.NonNegativeNumber, "--time"),
            new(request.EventColumn, ColumnKind.ZeroOrOne, "--event"),
        };
        if (request.GroupColumn is not null)
        {
            requests.Add(new ColumnRequest(request.GroupColumn, ColumnKind.Label, "--group"));
        }

        if (request.StrataColumn is not null)
        {
            requests.Add(new ColumnRequest(request.StrataColumn, ColumnKind.Label, "--strata"));
        }

        return [.. requests];
    }

    private static ImmutableArray<SurvivalNote> Notes(SurvivalRequest request, SurvivalCurveReport overall, LabelColumn? groups)
    {
        var notes = ImmutableArray.CreateBuilder<SurvivalNote>();
        var lastTime = overall.Curve.Time.IsEmpty ? 0 : overall.Curve.Time[^1];
        foreach (var horizon in request.Horizons.Where(h => h > lastTime))
        {
            notes.Add(SurvivalNote.HorizonAfterFollowUp(horizon.ToString(CultureInfo.InvariantCulture), lastTime.ToString(CultureInfo.InvariantCulture)));
        }

        if (groups is not null && groups.Labels.Length < 2)
        {
            notes.Add(SurvivalNote.OneGroup(request.GroupColumn!, groups.Labels[0]));
        }

        return notes.ToImmutable();
    }
}
