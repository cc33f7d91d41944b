using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// Applies a module's rule to one agreed assessment. Items are matched by their lineage (the key in the first version
/// they descend from), so a rule written with a key an item had in another version of the instrument still finds it.
/// A rating of "unknown / could not rate", or no rating, never meets a condition.
/// </summary>
public static class ModuleIndicator
{
    public static (bool Indicated, IReadOnlyList<IndicationFinding> Findings) Apply(IndicationRule rule, AgreedAssessment agreed, IReadOnlyList<InstrumentDefinition> versions)
    {
        var definition = agreed.Definition;
        var lineage = new ItemLineage(versions.Append(definition));
        var ratings = agreed.Assessment.Consensus.ToDictionary(c => c.ItemKey, c => c.Level, StringComparer.Ordinal);
        var findings = new List<IndicationFinding>();
        foreach (var condition in rule.AnyOf)
        {
            var kind = condition.AtLeast is not null ? ThresholdKind.AtLeast : ThresholdKind.AtMost;
            var threshold = definition.Scale.IndexOf(condition.Threshold);
            foreach (var (domain, item) in ItemsOf(condition, definition, versions, lineage))
            {
                var level = ratings.GetValueOrDefault(item.Key, RatingScaleDefinition.UnknownCode);
                var position = definition.Scale.IndexOf(level);
                var met = position >= 0 && threshold >= 0 && (kind == ThresholdKind.AtLeast ? position >= threshold : position <= threshold);
                findings.Add(new IndicationFinding(domain.Key, domain.Name, item.Key, item.Text, item.Direction, level, definition.Scale.LabelOf(level),
                    kind, condition.Threshold, definition.Scale.LabelOf(condition.Threshold), met));
            }
        }

        return (findings.Any(f => f.Met), findings);
    }

    private static IEnumerable<(DomainDefinition Domain, ItemDefinition Item)> ItemsOf(IndicationCondition condition, InstrumentDefinition definition,
        IReadOnlyList<InstrumentDefinition> versions, ItemLineage lineage)
    {
        if (condition.Domain is { } domainKey)
        {
            return definition.Domains.Where(d => d.Key == domainKey)
                .SelectMany(d => d.Items.Where(i => condition.Direction is null || i.Direction == condition.Direction).Select(i => (d, i)));
        }

        // The rule's key, in the newest version that has it, traced to its root; then the item of the assessed version with that root.
        var named = versions.Append(definition).LastOrDefault(v => v.Item(condition.Item!) is not null);
        if (named is null)
        {
            return [];
        }

        var root = lineage.RootOf(named.Version, condition.Item!);
        return definition.Domains.SelectMany(d => d.Items.Where(i => lineage.RootOf(definition.Version, i.Key) == root).Select(i => (d, i)));
    }
}
