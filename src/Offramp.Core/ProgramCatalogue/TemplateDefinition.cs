using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Organisations;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>A template as JSON: the files in program-templates/ and the body of the define-template API share this shape.</summary>
public sealed class TemplateDefinition : IValidatableCommand
{
    [Required, RegularExpression("^[a-z0-9-]{2,60}$", ErrorMessage = "The key is 2-60 lowercase letters, digits or dashes.")]
    public string Key { get; set; } = "";

    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [StringLength(4000), PerLanguage]
    public string? Description { get; set; }

    [StringLength(200)]
    public string? Origin { get; set; }

    /// <summary>The kind of program the model was built for; empty when the source does not say.</summary>
    [DefinedEnum]
    public ProgramKind? Kind { get; set; }

    [StringLength(2000, ErrorMessage = "The target group is limited to 2,000 characters."), PerLanguage]
    public string? TargetGroup { get; set; }

    [StringLength(2000, ErrorMessage = "The success measure is limited to 2,000 characters."), PerLanguage]
    public string? SuccessMeasure { get; set; }

    /// <summary>What the sources do not say (e.g. "dose and review cycle not given"), so an empty field reads as unknown, not forgotten.</summary>
    [StringLength(2000, ErrorMessage = "What the sources do not say is limited to 2,000 characters."), PerLanguage]
    public string? SourceGaps { get; set; }

    [Range(1, 24, ErrorMessage = "Reviews are between 1 and 24 months apart.")]
    public int PlanReviewIntervalMonths { get; set; } = 3;

    [Range(1, 24, ErrorMessage = "Agreement reviews are between 1 and 24 months apart.")]
    public int? AgreementReviewIntervalMonths { get; set; }

    public List<int> FollowUpMonths { get; set; } = [.. ProgramSettings.DefaultFollowUpMonths];

    public List<ModuleDefinition> Modules { get; set; } = [];

    /// <summary>
    /// French and Arabic texts by JSON path, from a file or an API body that gives them (see <see cref="TemplateFile"/>).
    /// Not a property of the JSON: there each text is a string or a map of language to text, where the schema allows one.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TextTranslations Translations { get; set; } = new();

    /// <summary>Every text a person reads, by JSON path, in English: what a translation must cover.</summary>
    public IEnumerable<(string Path, string Text)> Texts()
    {
        foreach (var (path, text) in new[] { ("$.description", Description), ("$.targetGroup", TargetGroup), ("$.successMeasure", SuccessMeasure), ("$.sourceGaps", SourceGaps) })
        {
            if (text is not null)
            {
                yield return (path, text);
            }
        }

        for (var i = 0; i < Modules.Count; i++)
        {
            yield return ($"$.modules[{i}].name", Modules[i].Name);
            if (Modules[i].Description is { } description)
            {
                yield return ($"$.modules[{i}].description", description);
            }
        }
    }

    /// <summary>The English of the texts a reader of <paramref name="language"/> sees untranslated.</summary>
    public IReadOnlyList<string> Untranslated(string language) => Translations.Untranslated(Texts(), language);

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Modules.Count is 0 or > 60)
        {
            yield return (nameof(Modules), "A template has between 1 and 60 modules or streams.");
        }

        if (FollowUpMonths.Count > 20 || FollowUpMonths.Any(m => m is < 1 or > 240) || FollowUpMonths.Distinct().Count() != FollowUpMonths.Count)
        {
            yield return (nameof(FollowUpMonths), "Follow-ups are at most 20 distinct horizons between 1 and 240 months.");
        }

        foreach (var (module, i) in Modules.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(module.Name))
            {
                yield return ($"Modules[{i}].Name", "Each module needs a name of at most 200 characters.");
            }

            if (module.ExpectedSessions is < 0 or > 1000 || module.ExpectedMinutes is < 0 or > 100_000)
            {
                yield return ($"Modules[{i}]", "Expected sessions are 0-1000 and minutes 0-100,000.");
            }

            if (!Enum.IsDefined(module.Kind))
            {
                yield return ($"Modules[{i}].Kind", Phrase.Of($"'{module.Kind}' is not a known module kind."));
            }

            foreach (var error in module.IndicatedBy?.Check($"Modules[{i}].IndicatedBy") ?? [])
            {
                yield return error;
            }
        }
    }
}

public sealed class ModuleDefinition
{
    [StringLength(200, ErrorMessage = "Each module needs a name of at most 200 characters."), PerLanguage]
    public string Name { get; set; } = "";

    public ModuleKind Kind { get; set; }

    [StringLength(2000, ErrorMessage = "A module's description is limited to 2,000 characters."), PerLanguage]
    public string? Description { get; set; }

    public int? ExpectedSessions { get; set; }

    public int? ExpectedMinutes { get; set; }

    /// <summary>The assessment results that call for the module; none: the module is offered to every participant.</summary>
    public IndicationRule? IndicatedBy { get; set; }
}
