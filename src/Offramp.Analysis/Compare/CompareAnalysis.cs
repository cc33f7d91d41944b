using System.Collections.Immutable;

using Offramp.Analysis.Csv;
using Offramp.Statistics.Contingency;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Compare;

/// <summary>Cross-tabulates group by outcome (overall and per stratum) and runs every applicable test.</summary>
public static class CompareAnalysis
{
    public static CompareReport Run(CompareRequest request)
    {
        var requests = new List<ColumnRequest>
        {
            new(request.GroupColumn, ColumnKind.Label, "--group"),
            new(request.OutcomeColumn, ColumnKind.Label, "--outcome"),
        };
        if (request.StrataColumn is not null)
        {
            requests.Add(new ColumnRequest(request.StrataColumn, ColumnKind.Label, "--strata"));
        }

        var columns = CsvColumnReader.Read(request.CsvPath, requests);
        var groups = columns.Labels(request.GroupColumn);
        var outcome = OutcomeLevels.PositiveFirst(columns.Labels(request.OutcomeColumn), request.PositiveOutcome, request.OutcomeColumn);
        if (groups.Labels.Length < 2)
        {
            throw new AnalysisInputException(L["--group column '{0}' has only one value ({1}): there is nothing to compare.", request.GroupColumn, groups.Labels[0]]);
        }

        if (outcome.Labels.Length < 2)
        {
            throw new AnalysisInputException(L["--outcome column '{0}' has only one value ({1}): every participant had the same outcome.", request.OutcomeColumn, outcome.Labels[0]]);
        }

        var overall = TableComparison.Analyze(
            ContingencyTable.CrossTabulate(groups.Codes, groups.Labels, outcome.Codes, outcome.Labels), request.ConfidenceLevel);

        var strata = ImmutableArray<StratumComparison>.Empty;
        MantelHaenszelResult? pooled = null;
        MantelHaenszelResult? pooledCorrected = null;
        if (request.StrataColumn is not null)
        {
            var stratumColumn = columns.Labels(request.StrataColumn);
            var tables = StratumTables(groups, outcome, stratumColumn);
            strata = [.. tables.Select((table, s) => new StratumComparison(stratumColumn.Labels[s], TableComparison.Analyze(table, request.ConfidenceLevel)))];
            if (overall.Table.IsTwoByTwo)
            {
                pooled = MantelHaenszelTest.Compute(tables, stratumColumn.Labels, continuityCorrection: false, request.ConfidenceLevel);
                pooledCorrected = MantelHaenszelTest.Compute(tables, stratumColumn.Labels, continuityCorrection: true, request.ConfidenceLevel);
            }
        }

        return new CompareReport(request.CsvPath, columns.RowCount, columns.SkippedRows, request.GroupColumn, request.OutcomeColumn, overall, strata, pooled, pooledCorrected);
    }

    private static ContingencyTable[] StratumTables(LabelColumn groups, LabelColumn outcome, LabelColumn strata)
    {
        var counts = new long[strata.Labels.Length][,];
        for (var s = 0; s < counts.Length; s++)
        {
            counts[s] = new long[groups.Labels.Length, outcome.Labels.Length];
        }

        for (var i = 0; i < groups.Codes.Length; i++)
        {
            counts[strata.Codes[i]][groups.Codes[i], outcome.Codes[i]]++;
        }

        return [.. counts.Select(c => ContingencyTable.FromCounts(c, groups.Labels, outcome.Labels))];
    }
}
