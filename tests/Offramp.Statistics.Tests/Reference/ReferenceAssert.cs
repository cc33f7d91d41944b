using System.Text.Json;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>
/// Compares Offramp's figures with a reference implementation's JSON to 1e-9 relative (with a tiny absolute
/// floor for values at or next to zero), and keeps the largest relative difference seen per statistic.
/// JSON null stands for R's NA/NaN and Python's nan; the strings "Inf"/"-Inf" for infinities.
/// </summary>
public sealed class ReferenceAssert(ITestOutputHelper output)
{
    public const double RelativeTolerance = 1e-9;

    public const double AbsoluteFloor = 1e-14;

    /// <summary>Below this magnitude a reference value is "near 0" and reported by absolute difference.</summary>
    public const double NearZero = 1e-10;

    private readonly SortedDictionary<string, double> largestDifference = new(StringComparer.Ordinal);

    private int comparisons;

    public static double ToDouble(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => double.NaN,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "Inf" or "Infinity" => double.PositiveInfinity,
            "-Inf" or "-Infinity" => double.NegativeInfinity,
            "NaN" or "NA" => double.NaN,
            var other => throw new FormatException($"Not a number: {other}"),
        },
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => throw new FormatException($"Not a number: {element}"),
    };

    public static double[] ToDoubles(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray().Select(ToDouble)] : [ToDouble(element)];

    public void Close(string statistic, double expected, double actual, string where = "")
    {
        comparisons++;
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{statistic} {where}: reference {expected}, Offramp {actual}");
            return;
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            Assert.True(expected == actual, $"{statistic} {where}: reference {expected}, Offramp {actual}");
            return;
        }

        var difference = Math.Abs(expected - actual);
        var relative = expected == 0 ? difference : difference / Math.Abs(expected);
        if (Math.Abs(expected) >= NearZero)
        {
            largestDifference[statistic] = Math.Max(largestDifference.GetValueOrDefault(statistic), relative);
        }
        else
        {
            var absoluteKey = statistic + " [near 0: absolute]";
            largestDifference[absoluteKey] = Math.Max(largestDifference.GetValueOrDefault(absoluteKey), difference);
            if (expected != 0)
            {
                var relativeKey = statistic + " [near 0: relative]";
                largestDifference[relativeKey] = Math.Max(largestDifference.GetValueOrDefault(relativeKey), relative);
            }
        }
        Assert.True(
            difference <= AbsoluteFloor || relative <= RelativeTolerance,
            $"{statistic} {where}: reference {expected:R}, Offramp {actual:R} (relative difference {relative:E2})");
    }

    public void Close(string statistic, JsonElement expected, double actual, string where = "") =>
        Close(statistic, ToDouble(expected), actual, where);

    public void AllClose(string statistic, JsonElement expected, IReadOnlyList<double> actual, string where = "")
    {
        var values = ToDoubles(expected);
        Assert.True(values.Length == actual.Count, $"{statistic} {where}: reference has {values.Length} values, Offramp {actual.Count}");
        for (var i = 0; i < values.Length; i++)
        {
            Close(statistic, values[i], actual[i], $"{where}[{i}]");
        }
    }

    public void AllClose(string statistic, JsonElement expected, IReadOnlyList<int> actual, string where = "") =>
        AllClose(statistic, expected, actual.Select(v => (double)v).ToArray(), where);

    /// <summary>Writes the comparison count and the largest relative difference per statistic to the test output.</summary>
    public void Report()
    {
        output.WriteLine($"{comparisons} figures compared; largest relative difference per statistic:");
        foreach (var (statistic, difference) in largestDifference)
        {
            output.WriteLine($"  {statistic}: {difference:E2}");
        }

        ReferenceDifferenceLog.Append(largestDifference, comparisons);
    }
}
