using System.Globalization;
using System.Text.Json.Serialization;

using Offramp.Core.Common;

namespace Offramp.Core.Evidence.Bundles;

/// <summary>
/// A reporting period: a completed calendar year, or everything since the program began up to the end of the last
/// completed year. Nothing else: with free date ranges two bundles could be subtracted into a small cohort, and a
/// period still running would change under a published figure.
/// </summary>
public sealed record EvidencePeriod(string Kind, int? Year, int Through)
{
    public const string CalendarYear = "year";
    public const string Cumulative = "cumulative";

    [JsonIgnore]
    public bool IsCumulative => Kind == Cumulative;

    public int FirstYear(int programFirstYear) => Year ?? programFirstYear;

    /// <summary>"2025" or "all".</summary>
    [JsonIgnore]
    public string Code => Year?.ToString(CultureInfo.InvariantCulture) ?? "all";

    public string Describe() => Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : $"since the start, through {Through.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads "2025" or "all" as of <paramref name="today"/>; refuses a year not yet completed.</summary>
    public static EvidencePeriod Parse(string? code, DateOnly today)
    {
        var lastCompleted = today.Year - 1;
        if (string.Equals(code?.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            return new EvidencePeriod(Cumulative, null, lastCompleted);
        }

        if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 && year <= lastCompleted)
        {
            return new EvidencePeriod(CalendarYear, year, year);
        }

        throw new DomainException(
            $"The period is a completed calendar year (1990 to {lastCompleted.ToString(CultureInfo.InvariantCulture)}) or \"all\" for everything since the program began.",
            "period");
    }
}
