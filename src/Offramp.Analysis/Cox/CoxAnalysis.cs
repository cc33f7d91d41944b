using Offramp.Analysis.Csv;
using Offramp.Analysis.Models;
using Offramp.Statistics.Regression;

namespace Offramp.Analysis.Cox;

/// <summary>Reads the CSV and fits the Cox model.</summary>
public static class CoxAnalysis
{
    public static CoxReport Run(CoxRequest request)
    {
        var requests = new List<ColumnRequest>
        {
            new(request.TimeColumn, ColumnKind.NonNegativeNumber, "--time"),
            new(request.EventColumn, ColumnKind.ZeroOrOne, "--event"),
        };
        requests.AddRange(request.Covariates.Requests());
        if (request.StrataColumn is not null)
        {
            requests.Add(new ColumnRequest(request.StrataColumn, ColumnKind.Label, "--strata"));
        }

        if (request.ClusterColumn is not null)
        {
            requests.Add(new ColumnRequest(request.ClusterColumn, ColumnKind.Label, "--cluster"));
        }

        var columns = CsvColumnReader.Read(request.CsvPath, requests);
        var covariates = request.Covariates.Build(columns);
        var strata = request.StrataColumn is null ? null : columns.Labels(request.StrataColumn);
        var clusters = request.ClusterColumn is null ? null : columns.Labels(request.ClusterColumn);
        var model = CoxRegression.Fit(
            new CoxModelInput(
                columns.Numbers(request.TimeColumn),
                columns.Flags(request.EventColumn),
                covariates,
                strata?.Codes,
                strata?.Labels.Length ?? 0,
                null,
                clusters?.Codes),
            request.Options with { Robust = request.Robust || clusters is not null ? true : null });

        return new CoxReport(
            request.CsvPath,
            columns.RowCount,
            columns.SkippedRows,
            [.. covariates.Select(CovariateDescription.Of)],
            [.. strata?.Labels ?? []],
            clusters?.Labels.Length ?? 0,
            model);
    }
}
