using System.Globalization;

using Offramp.Core.Evidence.Bundles;

namespace Offramp.Web.Tests.Evidence;

/// <summary>
/// Someone holding every released bundle of a program, trying to work out a small count by arithmetic on what was
/// published: every difference of two nested counts, every total minus the rest of its breakdown, and every
/// cumulative count minus the published years inside it. Written apart from the publisher's disclosure control, with
/// nothing but the bundles' own labels, so it can catch what that control misses.
/// </summary>
internal static class DifferencingAttacker
{
    /// <summary>What the attacker could work out, in words: empty when nothing between 1 and threshold − 1 came out.</summary>
    public static List<string> Recover(IReadOnlyList<EvidenceBundle> bundles, int threshold, int firstYear)
    {
        var cells = bundles.SelectMany(b => Cells(b, firstYear)).DistinctBy(c => c.Label).ToList();
        var found = new List<string>();
        void Check(string how, long value)
        {
            if (value >= 1 && value < threshold)
            {
                found.Add($"{how} = {value.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        foreach (var a in cells)
        {
            foreach (var b in cells.Where(b => b != a && b.IsInside(a)))
            {
                Check($"{a.Label} − {b.Label}", a.Value - b.Value);
            }
        }

        // A total minus the published categories of a breakdown: what is left is the count of the withheld categories
        // together (one category, or a group of them); a cumulative count minus the years published inside it.
        foreach (var total in cells.Where(c => c.Dimension is null))
        {
            foreach (var dimension in cells.Select(c => c.Dimension).OfType<string>().Distinct())
            {
                var parts = cells.Where(c => c.Dimension == dimension && c.Measure == total.Measure && c.Years.SetEquals(total.Years)).ToList();
                if (parts.Count > 0 && parts.Count < CategoriesOf(bundles, dimension).Count)
                {
                    Check($"{total.Label} − Σ {dimension}", total.Value - parts.Sum(p => p.Value));
                }
            }
        }

        foreach (var whole in cells.Where(c => c.Years.Count > 1))
        {
            var years = cells.Where(c => c.Years.Count == 1 && c.Years.IsSubsetOf(whole.Years) && c.Measure == whole.Measure && c.Dimension == whole.Dimension && c.Category == whole.Category).ToList();
            var missing = whole.Years.Except(years.SelectMany(c => c.Years)).Order().ToList();
            var oneYearOrEarliest = missing.Count == 1 || (missing.Count > 0 && missing[0] == whole.Years.Min() && missing[^1] - missing[0] == missing.Count - 1);
            if (years.Count > 0 && oneYearOrEarliest)
            {
                Check($"{whole.Label} − Σ years", whole.Value - years.Sum(y => y.Value));
            }
        }

        return found;
    }

    /// <summary>A dimension's categories as the bundles list them: every category is listed, withheld or not.</summary>
    private static HashSet<string> CategoriesOf(IReadOnlyList<EvidenceBundle> bundles, string dimension) =>
        [.. bundles.SelectMany(b => b.Breakdowns).Where(b => b.Dimension == dimension).Select(b => b.Category)];

    private sealed record Cell(string Label, HashSet<int> Years, string Measure, int Level, string? Dimension, string? Category, long Value)
    {
        /// <summary>Every person this cell counts is also counted by <paramref name="other"/>.</summary>
        public bool IsInside(Cell other) =>
            Years.IsSubsetOf(other.Years) &&
            Level >= other.Level &&
            (other.Level == 0 || MetricOf(Measure) == MetricOf(other.Measure)) &&
            (other.Dimension is null || (Dimension == other.Dimension && Category == other.Category));

        private static string MetricOf(string measure) => measure.Split(':')[0];
    }

    private static IEnumerable<Cell> Cells(EvidenceBundle bundle, int firstYear)
    {
        var years = bundle.Period.Year is { } y ? new HashSet<int> { y } : Enumerable.Range(firstYear, bundle.Period.Through - firstYear + 1).ToHashSet();
        var period = bundle.Period.Year?.ToString(CultureInfo.InvariantCulture) ?? $"all-{bundle.Period.Through.ToString(CultureInfo.InvariantCulture)}";
        if (bundle.Participants.Value is { } n)
        {
            yield return new Cell($"{period} participants", years, "participants", 0, null, null, n);
        }

        foreach (var b in bundle.Breakdowns.Where(b => b.Participants.Value is not null))
        {
            yield return new Cell($"{period} participants {b.Dimension}={b.Category}", years, "participants", 0, b.Dimension, b.Category, b.Participants.Value!.Value);
        }

        foreach (var metric in bundle.Metrics)
        {
            foreach (var cell in RateCells(period, years, metric.Key, metric.Overall, null, null))
            {
                yield return cell;
            }

            foreach (var b in metric.Breakdowns)
            {
                foreach (var cell in RateCells(period, years, metric.Key, b.Rate, b.Dimension, b.Category))
                {
                    yield return cell;
                }
            }
        }
    }

    private static IEnumerable<Cell> RateCells(string period, HashSet<int> years, string metric, EvidenceRate rate, string? dimension, string? category)
    {
        var where = dimension is null ? "" : $" {dimension}={category}";
        if (rate.Included.Value is { } included)
        {
            yield return new Cell($"{period} {metric} included{where}", years, $"{metric}:included", 1, dimension, category, included);
        }

        if (rate.Successes.Value is { } successes)
        {
            yield return new Cell($"{period} {metric} successes{where}", years, $"{metric}:successes", 2, dimension, category, successes);
        }
    }
}
