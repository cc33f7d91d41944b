using System.Globalization;

using Offramp.Statistics.Common;

using Spectre.Console;

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

    /// <summary>Prints warnings in words, one per line, after the table they concern.</summary>
    public static void WriteWarnings(IAnsiConsole console, IEnumerable<SmallNumberWarning> warnings)
    {
        foreach (var warning in warnings.DistinctBy(w => w.Message))
        {
            console.MarkupLine($"[yellow]{Markup.Escape(Languages.AnalysisText.L["Warning:"])}[/] {Markup.Escape(Languages.AnalysisText.Say(warning))}");
        }
    }
}
