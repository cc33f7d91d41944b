using Offramp.Core.Common;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// A template's module names as each reader reads them: the English the plan stores, with the template file's French and
/// Arabic versions ("$.modules[i].name"). Plans keep the English name (the API and exports carry it); pages word it through
/// <see cref="Phrase.Name"/> in the reader's language.
/// </summary>
public static class TemplateModuleNames
{
    /// <summary>Each module's name by its id, in every language the template gives it.</summary>
    public static IReadOnlyDictionary<Guid, Phrase> Of(ProgramTemplate template)
    {
        var translations = TemplateView.Of(template).Translations;
        return template.Modules.OrderBy(m => m.Order).Select((m, i) => (m, i)).ToDictionary(
            x => x.m.Id,
            x => Phrase.Name(x.m.Name, translations.GetValueOrDefault($"$.modules[{x.i}].name")));
    }

    /// <summary>
    /// The stored name <paramref name="name"/> of a plan's module in the reader's language: the template's translations
    /// only while the template still names the module so, else the name as stored.
    /// </summary>
    public static Phrase Shown(string name, Guid? templateModuleId, IReadOnlyDictionary<Guid, Phrase> names) =>
        templateModuleId is { } id && names.TryGetValue(id, out var shown) && shown.Template == name ? shown : Phrase.Verbatim(name);
}
