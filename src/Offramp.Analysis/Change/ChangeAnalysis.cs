using Offramp.Analysis.Csv;
using Offramp.Statistics.Change;

namespace Offramp.Analysis.Change;

/// <summary>Reads paired scores (one row per participant) and runs the change analyses.</summary>
public static class ChangeAnalysis
{
    public static ChangeReport Run(ChangeRequest request)
    {
        if (request.Reliability is { } r && !(r > 0 && r < 1))
        {
            throw new AnalysisInputException($"--reliability must lie strictly between 0 and 1 (got {r}).");
        }

        if (request.BaselineStandardDeviation is { } sd && !(sd > 0))
        {
            throw new AnalysisInputException($"--baseline-sd must be positive (got {sd}).");
        }

        var columns = CsvColumnReader.Read(request.CsvPath,
        [
            new ColumnRequest(request.SubjectColumn, ColumnKind.Label, "--subject"),
            new ColumnRequest(request.BeforeColumn, ColumnKind.Number, "--before"),
            new ColumnRequest(request.AfterColumn, ColumnKind.Number, "--after"),
        ]);
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
                : null);
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
                    $"Subject '{subjects.Labels[code]}' has more than one row: give one row per participant with both scores.");
            }

            seen[code] = true;
        }
    }
}
