using System.Text.Json.Serialization;

using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// An organisation's codebook (codebooks/codebook.schema.json): the coded fields recorded about each participant so
/// research questions (what works, for whom) can be answered from codes instead of case notes.
/// </summary>
public sealed record CodebookDefinition(string Name, string Version, string? Description, IReadOnlyList<CodebookField> Fields)
{
    /// <summary>The texts' French and Arabic versions by JSON path (see <see cref="TranslatableText"/>); the properties hold English.</summary>
    [JsonIgnore]
    public TextTranslations Translations { get; init; } = new();

    public CodebookField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>A field's label as a message quotes it: each reader sees the codebook's text in their language, English where it has none.</summary>
    public Phrase LabelOf(CodebookField field)
    {
        var f = Fields.ToList().IndexOf(field);
        return Phrase.Name(field.Label, f < 0 ? null : Translations.GetValueOrDefault($"$.fields[{f}].label"));
    }

    /// <summary>This codebook as a reader of <paramref name="language"/> sees it: translated labels, English where none.</summary>
    public CodebookDefinition In(string language) => CodebookParser.Localize(this, language);

    /// <summary>Every text a person reads, by JSON path, in English: what a translation must cover.</summary>
    public IEnumerable<(string Path, string Text)> Texts()
    {
        if (Description is { } description)
        {
            yield return ("$.description", description);
        }

        for (var f = 0; f < Fields.Count; f++)
        {
            yield return ($"$.fields[{f}].label", Fields[f].Label);
            if (Fields[f].Help is { } help)
            {
                yield return ($"$.fields[{f}].help", help);
            }

            for (var o = 0; o < Fields[f].Options.Count; o++)
            {
                yield return ($"$.fields[{f}].options[{o}].label", Fields[f].Options[o].Label);
            }
        }
    }

    /// <summary>The texts (in English) that have no <paramref name="language"/> version and so show in English.</summary>
    public IReadOnlyList<string> Untranslated(string language) => Translations.Untranslated(Texts(), language);
}

/// <param name="Key">Stable identifier ("exit-status-at-entry"); what reports, exports and bundles name.</param>
/// <param name="Phase">When the field is coded: from what is known at entry, or at a follow-up.</param>
/// <param name="Choice">One option, or any number of them.</param>
/// <param name="Source">Where the categories come from.</param>
public sealed record CodebookField(string Key, string Label, string? Help, CodedPhase Phase, CodedChoice Choice, string? Source, IReadOnlyList<CodebookOption> Options)
{
    public CodebookOption? Option(string code) => Options.FirstOrDefault(o => o.Code == code);

    public string LabelOf(string code) => Option(code)?.Label ?? code;
}

public sealed record CodebookOption(string Code, string Label);

public enum CodedPhase
{
    Entry,
    FollowUp,
}

public enum CodedChoice
{
    [JsonStringEnumMemberName("single")]
    OneOption,

    [JsonStringEnumMemberName("multiple")]
    AnyOptions,
}
