using System.Globalization;

namespace Offramp.Analysis.Csv;

/// <summary>Orders labels as R orders the levels of a factor made from a read.csv column.</summary>
internal static class LabelOrder
{
    public static string[] Sort(IEnumerable<string> labels)
    {
        var all = labels.ToArray();
        var numeric = all.Select(l => (Label: l, Ok: double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var v), Value: v)).ToArray();
        return numeric.All(n => n.Ok)
            ? [.. numeric.OrderBy(n => n.Value).Select(n => n.Label)]
            : [.. all.Order(StringComparer.Ordinal)];
    }
}
