using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>What instrument.schema.json cannot say: each code, domain key and item key is used once, and "unknown" is no level.</summary>
internal static class InstrumentSemanticRules
{
    public static void Check(InstrumentDefinition definition, Dictionary<string, List<Phrase>> errors)
    {
        UniqueCodes(definition.Scale.Levels, "$.scale.levels", errors);
        UniqueCodes(definition.Judgements, "$.judgements", errors);
        if (definition.Scale.Levels.Any(l => l.Code == RatingScaleDefinition.UnknownCode))
        {
            Add(errors, "$.scale.levels", Phrase.Of($"\"{Phrase.Verbatim(RatingScaleDefinition.UnknownCode)}\" is reserved for \"could not rate\", which is not a level of the scale: give it a label with \"unknownLabel\"."));
        }

        var domainKeys = new HashSet<string>(StringComparer.Ordinal);
        var itemKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < definition.Domains.Count; d++)
        {
            var domain = definition.Domains[d];
            if (!domainKeys.Add(domain.Key))
            {
                Add(errors, $"$.domains[{d}].key", Phrase.Of($"The domain key \"{domain.Key}\" is used twice."));
            }

            for (var i = 0; i < domain.Items.Count; i++)
            {
                if (!itemKeys.Add(domain.Items[i].Key))
                {
                    Add(errors, $"$.domains[{d}].items[{i}].key", Phrase.Of($"The item key \"{domain.Items[i].Key}\" is used twice in the instrument."));
                }
            }
        }
    }

    private static void UniqueCodes(IReadOnlyList<ScaleLevel> levels, string path, Dictionary<string, List<Phrase>> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            if (!codes.Add(levels[i].Code))
            {
                Add(errors, $"{path}[{i}].code", Phrase.Of($"The code \"{levels[i].Code}\" is used twice."));
            }
        }
    }

    private static void Add(Dictionary<string, List<Phrase>> errors, string path, Phrase message)
    {
        if (!errors.TryGetValue(path, out var messages))
        {
            errors[path] = messages = [];
        }

        messages.Add(message);
    }
}
