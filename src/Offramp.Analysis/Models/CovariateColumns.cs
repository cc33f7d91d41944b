using Offramp.Analysis.Csv;
using Offramp.Statistics.Regression;

using static Offramp.Analysis.Languages.AnalysisText;

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
            throw new AnalysisInputException(L["--covariates needs at least one column name (e.g. --covariates age,gender)."]);
        }

        if (Names.Distinct(StringComparer.Ordinal).Count() != Names.Length)
        {
            throw new AnalysisInputException(L["--covariates names a column more than once."]);
        }

        this.categorical = new HashSet<string>(Split(categorical), StringComparer.Ordinal);
        foreach (var name in this.categorical.Where(c => !Names.Contains(c)))
        {
            throw new AnalysisInputException(L["--categorical names '{0}', which is not one of the --covariates.", name]);
        }

        this.references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Split(references))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                throw new AnalysisInputException(L["--reference: '{0}' should look like column=level (e.g. group=comparison).", pair]);
            }

            var column = pair[..at];
            if (!Names.Contains(column))
            {
                throw new AnalysisInputException(L["--reference names '{0}', which is not one of the --covariates.", column]);
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
                throw new AnalysisInputException(L["--reference: '{0}' is numeric; add it to --categorical to treat its values as categories.", name]);
            }

            return Covariate.Numeric(name, columns.Numbers(name));
        }

        var labels = columns.Labels(name);
        if (labels.Labels.Length < 2)
        {
            throw new AnalysisInputException(L["Covariate '{0}' has only one value ({1}): it cannot explain any difference.", name, labels.Labels[0]]);
        }

        var reference = 0;
        if (references.TryGetValue(name, out var level))
        {
            reference = Array.IndexOf(labels.Labels, level);
            if (reference < 0)
            {
                throw new AnalysisInputException(
                    L["--reference: '{0}' has no level '{1}'. Its levels are: {2}.", name, level, string.Join(", ", labels.Labels.Select(l => $"'{l}'"))]);
            }
        }

        return Covariate.Categorical(name, labels.Codes, labels.Labels, reference);
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
