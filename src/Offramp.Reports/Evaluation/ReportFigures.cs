using System.Globalization;

namespace Offramp.Reports.Evaluation;

/// <summary>
/// How the report writes its figures: three decimals, p-values to four with a floor, intervals as "x (lower to upper)".
/// Invariant, so a figure reads the same in the web page, report.html and the CSV tables.
/// </summary>
public static class ReportFigures
{
    public static string Figure(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    public static string Interval(double? value, double? lower, double? upper) =>
        value is null ? "not estimable" : $"{Figure(value)} ({Figure(lower)} to {Figure(upper)})";

    public static string PValue(double? p) => p switch
    {
        null => "n/a",
        < 0.0001 => "< 0.0001",
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
