using Offramp.Analysis.Csv;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Compare;

/// <summary>
/// Puts the outcome level of interest in the first column, so that odds ratio, risk difference and
/// Fisher's test speak of "reconvicted" rather than "not reconvicted".
/// </summary>
internal static class OutcomeLevels
{
    public static LabelColumn PositiveFirst(LabelColumn outcome, string? positive, string column)
    {
        if (outcome.Labels.Length != 2)
        {
            if (positive is not null)
            {
                throw new AnalysisInputException(L["--positive applies to a two-level outcome; '{0}' has {1} levels.", column, outcome.Labels.Length]);
            }

            return outcome;
        }

        // Without --positive the higher level (1, yes, true) is the outcome of interest.
        var first = positive is null ? 1 : Array.IndexOf(outcome.Labels, positive);
        if (first < 0)
        {
            throw new AnalysisInputException(L["--positive '{0}' is not a value of '{1}' (its values are {2}).", positive, column, string.Join(", ", outcome.Labels)]);
        }

        if (first == 0)
        {
            return outcome;
        }

        var codes = new int[outcome.Codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = 1 - outcome.Codes[i];
        }

        return new LabelColumn(codes, [outcome.Labels[1], outcome.Labels[0]]);
    }
}
