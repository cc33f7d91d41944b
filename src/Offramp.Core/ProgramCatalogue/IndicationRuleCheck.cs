using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// What a template's rules need the instruments for: the instrument exists (in the organisation, any version, or
/// shipped with Offramp so a shipped template can name it before it is imported), and each item, domain and level a
/// condition names is one of that instrument's. Errors come back by path ("Modules[2].IndicatedBy.AnyOf[0].Item").
/// </summary>
internal static class IndicationRuleCheck
{
    public static async Task<List<(string Field, Phrase Message)>> CheckAsync(OfframpDbContext db, Guid organisationId, TemplateDefinition definition, CancellationToken ct)
    {
        var errors = new List<(string, Phrase)>();
        var rules = (definition.Modules ?? []).Select((m, i) => (Rule: m?.IndicatedBy, Index: i))
            .Where(x => x.Rule is { Instrument: not null, AnyOf: not null } && !string.IsNullOrWhiteSpace(x.Rule.Instrument)).ToList();
        if (rules.Count == 0)
        {
            return errors;
        }

        var names = rules.Select(r => r.Rule!.Instrument.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var stored = await db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && names.Contains(v.Name)).Select(v => v.Definition).ToListAsync(ct);
        var known = stored.Select(InstrumentParser.Parse)
            .Append(InstrumentParser.Parse(ShippedInstruments.Read(ShippedInstruments.OpenPathways)))
            .Where(d => names.Contains(d.Name))
            .GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var (rule, i) in rules)
        {
            var path = $"Modules[{i}].IndicatedBy";
            var name = rule!.Instrument.Trim();
            if (!known.TryGetValue(name, out var versions))
            {
                errors.Add(($"{path}.Instrument", Phrase.Of($"There is no instrument named '{name}' in your organisation or among the shipped ones.")));
                continue;
            }

            var levels = versions.SelectMany(v => v.Scale.Levels.Select(l => l.Code)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var (condition, j) in rule.AnyOf.Select((c, j) => (c, j)).Where(x => x.c is not null))
            {
                var at = $"{path}.AnyOf[{j}]";
                if (!string.IsNullOrWhiteSpace(condition.Item) && !versions.Any(v => v.Item(condition.Item.Trim()) is not null))
                {
                    errors.Add(($"{at}.Item", Phrase.Of($"'{condition.Item.Trim()}' is not an item of {name}.")));
                }

                if (!string.IsNullOrWhiteSpace(condition.Domain) && !versions.Any(v => v.Domains.Any(d => d.Key == condition.Domain.Trim())))
                {
                    errors.Add(($"{at}.Domain", Phrase.Of($"'{condition.Domain.Trim()}' is not a domain of {name}.")));
                }

                foreach (var (field, code) in new[] { ("AtLeast", condition.AtLeast), ("AtMost", condition.AtMost) })
                {
                    if (!string.IsNullOrWhiteSpace(code) && !levels.Contains(code.Trim()))
                    {
                        errors.Add(($"{at}.{field}", Phrase.Of($"'{code.Trim()}' is not a level of {name}'s scale ({string.Join(", ", levels)}).")));
                    }
                }
            }
        }

        return errors;
    }
}
