using System.Globalization;

using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// Metrics are comparable when they mean the same: same kind, same outcome types, same starting point, same horizon,
/// whatever each program called them. The title says that measure in words.
/// </summary>
public static class ComparableMetric
{
    public static string Signature(EvidenceMetric m) =>
        $"{m.Kind}|{string.Join('+', m.OutcomeTypes.Order(StringComparer.Ordinal))}|{m.Anchor}|{m.HorizonMonths.ToString(CultureInfo.InvariantCulture)}";

    public static string Title(EvidenceMetric m)
    {
        var types = string.Join(", ", m.OutcomeTypes.Select(t => t.Replace('-', ' ')));
        var from = m.Anchor switch
        {
            "release" => "release",
            "licence-start" => "the start of licence or probation",
            "agreement-date" => "the diversion agreement",
            "return-date" => "return",
            _ => "program entry",
        };
        return m.Kind switch
        {
            "no-adverse-outcome" => $"No {types} within {m.HorizonMonths} months of {from}",
            "positive-outcome" => $"{Capital(types)} within {m.HorizonMonths} months of {from}",
            _ => $"Assessment improved by {m.HorizonMonths} months ({m.Name})",
        };
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
