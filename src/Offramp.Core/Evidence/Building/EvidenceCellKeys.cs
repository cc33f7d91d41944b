using System.Globalization;

using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// Names every count a bundle can publish ("2024|participants|gender=female", "all-2025|{metric}|successes"), so counts
/// of earlier releases can be found again and lined up with a new proposal's, whatever their order in the file.
/// </summary>
public static class EvidenceCellKeys
{
    public const string Participants = "participants";
    public const string Included = "included";
    public const string Successes = "successes";

    /// <summary>Statuses a participant has on a metric; only the first two make up what is published.</summary>
    public static readonly string[] Statuses = ["successes", "failures", "unresolved", "not-applicable"];

    /// <summary>"2024" for a year; "all-2025" for everything through 2025 (two cumulative periods with different ends are different cells).</summary>
    public static string PeriodCode(EvidencePeriod period) => period.Year is { } y
        ? y.ToString(CultureInfo.InvariantCulture)
        : $"all-{period.Through.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The period a <see cref="PeriodCode"/> names.</summary>
    public static EvidencePeriod PeriodOf(string code) => code.StartsWith("all-", StringComparison.Ordinal)
        ? new EvidencePeriod(EvidencePeriod.Cumulative, null, int.Parse(code[4..], CultureInfo.InvariantCulture))
        : new EvidencePeriod(EvidencePeriod.CalendarYear, int.Parse(code, CultureInfo.InvariantCulture), int.Parse(code, CultureInfo.InvariantCulture));

    public static Func<int, bool> Years(EvidencePeriod period) => period.Year is { } y ? year => year == y : year => year <= period.Through;

    public static string Key(string period, string measure, string? dimension = null, string? category = null) =>
        dimension is null ? $"{period}|{measure}" : $"{period}|{measure}|{dimension}={category}";

    public static string Measure(string metricKey, string what) => $"{metricKey}|{what}";

    /// <summary>Keys of the counts a released bundle published (not suppressed), as a later proposal must assume everyone knows them.</summary>
    public static IEnumerable<string> Published(EvidenceBundle bundle)
    {
        var period = PeriodCode(bundle.Period);
        if (!bundle.Participants.Suppressed)
        {
            yield return Key(period, Participants);
        }

        foreach (var b in bundle.Breakdowns.Where(b => !b.Participants.Suppressed))
        {
            yield return Key(period, Participants, b.Dimension, b.Category);
        }

        foreach (var metric in bundle.Metrics)
        {
            foreach (var key in RateKeys(period, metric.Key, metric.Overall, null, null))
            {
                yield return key;
            }

            foreach (var b in metric.Breakdowns)
            {
                foreach (var key in RateKeys(period, metric.Key, b.Rate, b.Dimension, b.Category))
                {
                    yield return key;
                }
            }
        }
    }

    private static IEnumerable<string> RateKeys(string period, string metricKey, EvidenceRate rate, string? dimension, string? category)
    {
        if (!rate.Included.Suppressed)
        {
            yield return Key(period, Measure(metricKey, Included), dimension, category);
        }

        if (!rate.Successes.Suppressed)
        {
            yield return Key(period, Measure(metricKey, Successes), dimension, category);
        }
    }
}
