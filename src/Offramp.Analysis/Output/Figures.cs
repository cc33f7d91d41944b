using System.Globalization;

using Offramp.Statistics.Common;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Output;

/// <summary>Formats figures for tables: a few significant digits, "NA" where R would print NA.</summary>
internal static class Figures
{
    public static string Number(double value, string format = "0.####") =>
        double.IsNaN(value) ? "NA"
        : double.IsPositiveInfinity(value) ? "Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value.ToString(format, CultureInfo.InvariantCulture);

    public static string PValue(double value) =>
        double.IsNaN(value) ? "NA" : value < 0.0001 ? "< 0.0001" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>"p = 0.0123" or "p &lt; 0.0001", for sentences.</summary>
    public static string PClause(double value) => value < 0.0001 ? "p < 0.0001" : $"p = {PValue(value)}";

    public static string Interval(double lower, double upper, string format = "0.####") => $"{Number(lower, format)} – {Number(upper, format)}";

    public static string Interval(ConfidenceInterval interval, string format = "0.####") => Interval(interval.Lower, interval.Upper, format);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A confidence level as a percentage without the sign ("95" for 0.95), for "{0}% CI".</summary>
    public static string Percent(double level, string format = "0.#") => (level * 100).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// A text that some tables write in lower case ("all", "statistic", "value"): the texts' file cannot hold both
    /// "All" and "all" (its names ignore case), so the capitalised text is worded and its first letter lowered.
    /// </summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>Clauses joined as a list with semicolons ("a; b; c"), with the punctuation of the reader's language.</summary>
    public static string Clauses(IEnumerable<string> clauses) => clauses.Aggregate((joined, next) => L["{0}; {1}", joined, next]);

    /// <summary>"file: 12 participants" and the rows left out, in the reader's language (not escaped).</summary>
    public static string Participants(string file, long n, long rowsSkipped) => rowsSkipped > 0
        ? L["{0}: {1} participants, {2} rows left out for a missing value", file, Count(n), Count(rowsSkipped)]
        : L["{0}: {1} participants", file, Count(n)];

    /// <summary>Prints warnings in words, one per line, after the table they concern.</summary>
    public static void WriteWarnings(IAnsiConsole console, IEnumerable<SmallNumberWarning> warnings)
    {
        foreach (var warning in warnings.DistinctBy(w => w.Message))
        {
            console.MarkupLine($"[yellow]{Markup.Escape(L["Warning:"])}[/] {Markup.Escape(Say(warning))}");
        }
    }
}
