using Offramp.Analysis.Csv;
using Offramp.Statistics.Change;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Change;

/// <summary>Reads paired scores (one row per participant) and runs the change analyses.</summary>
public static class ChangeAnalysis
{
    public static ChangeReport Run(ChangeRequest request)
    {
        if (request.Reliability is { } r && !(r > 0 && r < 1))
        {
            throw new AnalysisInputException(L["--reliability must lie strictly between 0 and 1 (got {0}).", r]);
        }

        if (request.BaselineStandardDeviation is { } sd && !(sd > 0))
        {
            throw new AnalysisInputException(L["--baseline-sd must be positive (got {0}).", sd]);
        }

        List<ColumnRequest> requests =
        [
            new ColumnRequest(request.SubjectColumn, ColumnKind.Label, "--subject"),
            new ColumnRequest(request.BeforeColumn, ColumnKind.Number, "--before"),
            new ColumnRequest(request.AfterColumn, ColumnKind.Number, "--after"),
        ];
        if (request.ComparisonColumn is not null)
        {
            requests.Add(new ColumnRequest(request.ComparisonColumn, ColumnKind.Label, "--comparison"));
        }
        else if (request.ComparisonReference is not null)
        {
            throw new AnalysisInputException(L["--reference needs --comparison: it names the comparison group's reference level."]);
        }

        var columns = CsvColumnReader.Read(request.CsvPath, requests);
        var subjects = columns.Labels(request.SubjectColumn);
        RequireOneRowPerSubject(subjects);
        var before = columns.Numbers(request.BeforeColumn);
        var after = columns.Numbers(request.AfterColumn);
        var subjectIds = subjects.Codes.Select(code => subjects.Labels[code]).ToArray();

        return new ChangeReport(
            request.CsvPath,
            columns.RowCount,
            columns.SkippedRows,
            PairedTTest.Compute(before, after, request.ConfidenceLevel),
            WilcoxonSignedRankTest.Compute(before, after),
            CohensDz.Compute(before, after),
            request.Reliability is { } reliability
                ? ReliableChangeIndex.Compute(subjectIds, before, after, reliability, request.BaselineStandardDeviation)
                : null,
            request.ComparisonColumn is null ? null : Compare(request, columns.Labels(request.ComparisonColumn), before, after));
    }

    private static ChangeComparison Compare(ChangeRequest request, LabelColumn groups, double[] before, double[] after)
    {
        if (groups.Labels.Length < 2)
        {
            throw new AnalysisInputException(L["--comparison column '{0}' has only one value ({1}): there is no group to compare with.", request.ComparisonColumn, groups.Labels[0]]);
        }

        var reference = 0;
        if (request.ComparisonReference is { } level)
        {
            reference = Array.IndexOf(groups.Labels, level);
            if (reference < 0)
            {
                throw new AnalysisInputException(
                    L["--reference: '{0}' has no value '{1}'. Its values are: {2}.", request.ComparisonColumn, level, string.Join(", ", groups.Labels.Select(l => $"'{l}'"))]);
            }
        }

        var ancova = Ancova.Compute(before, after, groups.Codes, groups.Labels, reference, request.ConfidenceLevel);
        WelchTTestResult? welch = null;
        if (groups.Labels.Length == 2)
        {
            // R's t.test(change ~ group) subtracts the second level from the first, the reference first.
            var first = reference;
            var codes = Array.ConvertAll(groups.Codes, c => c == first ? 0 : 1);
            var change = new double[after.Length];
            for (var i = 0; i < change.Length; i++)
            {
                change[i] = after[i] - before[i];
            }

            welch = WelchTTest.Compute(change, codes, groups.Labels[first], groups.Labels[1 - first], request.ConfidenceLevel);
        }

        return new ChangeComparison(request.ComparisonColumn!, ancova, welch);
    }

    private static void RequireOneRowPerSubject(LabelColumn subjects)
    {
        if (subjects.Labels.Length == subjects.Codes.Length)
        {
            return;
        }

        var seen = new bool[subjects.Labels.Length];
        foreach (var code in subjects.Codes)
        {
            if (seen[code])
            {
                throw new AnalysisInputException(
                    L["Subject '{0}' has more than one row: give one row per participant with both scores.", subjects.Labels[code]]);
            }

            seen[code] = true;
        }
    }
}
