using System.Globalization;
using System.Text;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>
/// Compares Offramp's figures with a reference to 1e-9 relative. Near zero, where relative error means
/// nothing, the difference is scaled by 0.001 instead of the value (so 1e-12 absolute), except for p-values
/// (see <see cref="CheckProbability"/>). Every figure is
/// checked before failing, so one run shows every mismatch, and the largest difference per statistic is
/// written to the test output (read it with --logger "console;verbosity=detailed").
/// </summary>
public sealed class ReferenceComparison(ITestOutputHelper output, string reference)
{
    public const double Tolerance = 1e-9;
    private const double NearZero = 1e-3;

    private readonly Dictionary<string, double> largest = [];
    private readonly List<string> failures = [];

    public void Check(string statistic, string design, double expected, double actual) =>
        Check(statistic, design, expected, actual, NearZero);

    /// <summary>
    /// For p-values, which both sides compute from the upper tail without cancellation: relative all the way
    /// down, so a p of 1e-100 must match to 1e-9 of itself too.
    /// </summary>
    public void CheckProbability(string statistic, string design, double expected, double actual) =>
        Check(statistic, design, expected, actual, 1e-300);

    private void Check(string statistic, string design, double expected, double actual, double nearZero)
    {
        var difference = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), nearZero);
        if (!(difference <= Tolerance) && !(double.IsNaN(expected) && double.IsNaN(actual)))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{design} {statistic}: Offramp {actual:R}, {reference} {expected:R} (difference {difference:E2})"));
        }

        largest[statistic] = Math.Max(largest.GetValueOrDefault(statistic), double.IsNaN(difference) ? 0 : difference);
    }

    public void Check(string statistic, string design, long expected, long actual)
    {
        if (expected != actual)
        {
            failures.Add($"{design} {statistic}: Offramp {actual}, {reference} {expected}");
        }
    }

    /// <summary>Writes the largest differences and fails with every mismatch found.</summary>
    public void AssertAll()
    {
        var summary = new StringBuilder($"Largest relative difference vs {reference}:\n");
        foreach (var (statistic, difference) in largest.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            summary.Append(CultureInfo.InvariantCulture, $"  {statistic,-40} {difference:E2}\n");
        }

        output.WriteLine(summary.ToString());
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.NotEmpty(largest);
    }
}
