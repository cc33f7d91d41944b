using System.Text.Json.Serialization;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// An instrument as its JSON file describes it (see instruments/instrument.schema.json and docs/instruments.md):
/// domains of items rated on one ordered scale, plus "unknown / could not rate", and the overall judgement levels the
/// assessor chooses from. Nothing here computes a score: structured professional judgement is entered by people.
/// </summary>
public sealed record InstrumentDefinition
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    public string? Description { get; init; }

    /// <summary>When true, only users with a current certification for this instrument (by name) may rate it.</summary>
    public bool RequiresCertification { get; init; }

    public required RatingScaleDefinition Scale { get; init; }

    /// <summary>Overall judgement levels, lowest concern first; the last is "high concern" and raises an alert when reached.</summary>
    public required IReadOnlyList<ScaleLevel> Judgements { get; init; }

    public required IReadOnlyList<DomainDefinition> Domains { get; init; }

    /// <summary>The version this one replaces and how its items map back, so trajectories stay comparable.</summary>
    public VersionMapping? BasedOn { get; init; }

    /// <summary>The texts' French and Arabic versions by JSON path (see <see cref="TranslatableText"/>); the properties hold English.</summary>
    [JsonIgnore]
    public TextTranslations Translations { get; init; } = new();

    public IEnumerable<ItemDefinition> Items => Domains.SelectMany(d => d.Items);

    /// <summary>This definition as a reader of <paramref name="language"/> sees it: translated texts, English where none.</summary>
    public InstrumentDefinition In(string language) => InstrumentParser.Localize(this, language);

    /// <summary>Every text a person reads, by JSON path, in English: what a translation must cover.</summary>
    public IEnumerable<(string Path, string Text)> Texts()
    {
        if (Description is { } description)
        {
            yield return ("$.description", description);
        }

        for (var i = 0; i < Scale.Levels.Count; i++)
        {
            yield return ($"$.scale.levels[{i}].label", Scale.Levels[i].Label);
        }

        yield return ("$.scale.unknownLabel", Scale.UnknownLabel);
        for (var i = 0; i < Judgements.Count; i++)
        {
            yield return ($"$.judgements[{i}].label", Judgements[i].Label);
        }

        for (var d = 0; d < Domains.Count; d++)
        {
            yield return ($"$.domains[{d}].name", Domains[d].Name);
            for (var i = 0; i < Domains[d].Items.Count; i++)
            {
                var item = Domains[d].Items[i];
                yield return ($"$.domains[{d}].items[{i}].text", item.Text);
                if (item.Guidance is { } guidance)
                {
                    yield return ($"$.domains[{d}].items[{i}].guidance", guidance);
                }
            }
        }
    }

    /// <summary>The texts (in English) that have no <paramref name="language"/> version and so show in English.</summary>
    public IReadOnlyList<string> Untranslated(string language) => Translations.Untranslated(Texts(), language);

    public ItemDefinition? Item(string key) => Items.FirstOrDefault(i => i.Key == key);

    public DomainDefinition DomainOf(string itemKey) => Domains.First(d => d.Items.Any(i => i.Key == itemKey));
}

/// <summary>Ordered levels (lowest first, e.g. absent, partly present, present) and the separate "could not rate" answer.</summary>
public sealed record RatingScaleDefinition
{
    public required IReadOnlyList<ScaleLevel> Levels { get; init; }

    /// <summary>How the "unknown / could not rate" answer is labelled; its code is always <see cref="UnknownCode"/>.</summary>
    public string UnknownLabel { get; init; } = "Unknown / could not rate";

    public const string UnknownCode = "unknown";

    /// <summary>Position of a level on the scale (0 = lowest), or -1 for unknown and for codes not on the scale.</summary>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (Levels[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Accepts(string code) => code == UnknownCode || IndexOf(code) >= 0;

    public string LabelOf(string code) => code == UnknownCode ? UnknownLabel : Levels.FirstOrDefault(l => l.Code == code)?.Label ?? code;
}

public sealed record ScaleLevel(string Code, string Label);

public sealed record DomainDefinition
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>The theory the domain comes from (e.g. "Pro-Integration Model", "3N model").</summary>
    public string? Source { get; init; }

    public required IReadOnlyList<ItemDefinition> Items { get; init; }
}

public sealed record ItemDefinition
{
    public required string Key { get; init; }

    public required string Text { get; init; }

    public string? Guidance { get; init; }

    public required ItemDirection Direction { get; init; }
}

/// <summary>A risk item raises concern when present; a protective item lowers it, and losing it raises an alert.</summary>
public enum ItemDirection
{
    Risk,
    Protective,
}

/// <summary>Items of this version that were renamed from the previous one: new key → old key. Unlisted keys keep their key.</summary>
public sealed record VersionMapping
{
    public required string Version { get; init; }

    public IReadOnlyDictionary<string, string> Items { get; init; } = new Dictionary<string, string>();
}
