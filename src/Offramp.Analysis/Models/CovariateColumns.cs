using Offramp.Analysis.Csv;
using Offramp.Statistics.Regression;

namespace Offramp.Analysis.Models;

/// <summary>
/// The --covariates, --categorical and --reference options of the model commands: which columns to read
/// and how each becomes a model covariate. A column is numeric when every value is a number (R's read.csv
/// rule) unless --categorical names it; a categorical column's reference level is the first in R's order
/// unless --reference picks another.
/// </summary>
public sealed class CovariateColumns
{
    private readonly HashSet<string> categorical;
    private readonly Dictionary<string, string> references;

    public CovariateColumns(string covariates, string? categorical, string? references)
    {
        Names = Split(covariates);
        if (Names.Length == 0)
        {
            throw new AnalysisInputException("--covariates needs at least one column name (e.g. --covariates age,gender).");
        }

        if (Names.Distinct(StringComparer.Ordinal).Count() != Names.Length)
        {
            throw new AnalysisInputException("--covariates names a column more than once.");
        }

        this.categorical = new HashSet<string>(Split(categorical), StringComparer.Ordinal);
        foreach (var name in this.categorical.Where(c => !Names.Contains(c)))
        {
            throw new AnalysisInputException($"--categorical names '{name}', which is not one of the --covariates.");
        }

        this.references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Split(references))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                throw new AnalysisInputException($"--reference: '{pair}' should look like column=level (e.g. group=comparison).");
            }

            var column = pair[..at];
            if (!Names.Contains(column))
            {
                throw new AnalysisInputException($"--reference names '{column}', which is not one of the --covariates.");
            }

            this.references[column] = pair[(at + 1)..];
        }
    }

    public string[] Names { get; }

    public IEnumerable<ColumnRequest> Requests() =>
        Names.Select(name => new ColumnRequest(name, categorical.Contains(name) ? ColumnKind.Label : ColumnKind.NumberOrLabel, "--covariates"));

    public Covariate[] Build(CsvColumns columns) => [.. Names.Select(name => Build(columns, name))];

    private Covariate Build(CsvColumns columns, string name)
    {
        if (!categorical.Contains(name) && columns.IsNumeric(name))
        {
            if (references.ContainsKey(name))
            {
                throw new AnalysisInputException($"--reference: '{name}' is numeric; add it to --categorical to treat its values as categories.");
            }

            return Covariate.Numeric(name, columns.Numbers(name));
        }

        var labels = columns.Labels(name);
        if (labels.Labels.Length < 2)
        {
            throw new AnalysisInputException($"Covariate '{name}' has only one value ({labels.Labels[0]}): it cannot explain any difference.");
        }

        var reference = 0;
        if (references.TryGetValue(name, out var level))
        {
            reference = Array.IndexOf(labels.Labels, level);
            if (reference < 0)
            {
                throw new AnalysisInputException(
                    $"--reference: '{name}' has no level '{level}'. Its levels are: {string.Join(", ", labels.Labels.Select(l => $"'{l}'"))}.");
            }
        }

        return Covariate.Categorical(name, labels.Codes, labels.Labels, reference);
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
