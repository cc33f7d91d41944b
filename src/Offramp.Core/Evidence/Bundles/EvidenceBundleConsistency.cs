using Offramp.Core.Evidence.Building;

namespace Offramp.Core.Evidence.Bundles;

/// <summary>
/// What the schema cannot say about a bundle: every breakdown names a dimension the bundle has (the fixed ones, or a
/// coded field it declares) and one of that dimension's categories, and each coded field is declared once with
/// distinct codes. A hub refuses a bundle that breaks any of these, since it could not line its figures up with others.
/// </summary>
public static class EvidenceBundleConsistency
{
    public static List<string> Problems(EvidenceBundle bundle)
    {
        var problems = new List<string>();
        var categories = EvidenceDimensions.FixedNames.ToDictionary(d => d, d => EvidenceDimensions.FixedCategories(d).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var field in bundle.CodedFields ?? [])
        {
            if (field.Dimension != EvidenceDimensions.CodedName(field.Field))
            {
                problems.Add($"codedFields: the dimension of \"{field.Field}\" must be \"{EvidenceDimensions.CodedName(field.Field)}\".");
            }

            var codes = field.Options.Select(o => o.Code).ToList();
            if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count || codes.Contains(EvidenceDimensions.NotCoded, StringComparer.Ordinal))
            {
                problems.Add($"codedFields: the options of \"{field.Field}\" must be distinct and none may be \"{EvidenceDimensions.NotCoded}\".");
            }

            if (!categories.TryAdd(field.Dimension, [.. codes, EvidenceDimensions.NotCoded]))
            {
                problems.Add($"codedFields: \"{field.Dimension}\" is declared twice.");
            }
        }

        var breakdowns = bundle.Breakdowns.Select(b => (b.Dimension, b.Category))
            .Concat(bundle.Metrics.SelectMany(m => m.Breakdowns.Select(b => (b.Dimension, b.Category))));
        foreach (var (dimension, category) in breakdowns.Distinct())
        {
            if (!categories.TryGetValue(dimension, out var known))
            {
                problems.Add($"breakdowns: \"{dimension}\" is not a dimension of this bundle (gender, age-band, completion, or a declared coded field).");
            }
            else if (!known.Contains(category))
            {
                problems.Add($"breakdowns: \"{category}\" is not a category of \"{dimension}\".");
            }
        }

        return problems;
    }
}
