using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.ProgramCatalogue;
using Offramp.Web.Infrastructure.Languages;

namespace Offramp.Web.Pages.Catalogue;

/// <summary>The organisation's program templates with their modules and expected dose, and how each program runs its cycles.</summary>
public sealed class IndexModel(ListTemplates templates, ListProgramSettings settings, ScopeLoader scopes) : PageModel
{
    public IReadOnlyList<TemplateView> Templates { get; private set; } = [];

    public IReadOnlyList<ProgramSettingsView> Programs { get; private set; } = [];

    public bool CanAdminister { get; private set; }

    /// <summary>For the admin: each template's texts that show in English to a French or Arabic reader.</summary>
    public IReadOnlyList<UntranslatedTexts> Untranslated { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var language = TranslatableText.ReaderLanguage;
        var stored = await templates.ExecuteAsync(ct);
        Templates = [.. stored.Select(t => t.In(language))];
        Programs = await settings.ExecuteAsync(ct);
        CanAdminister = (await scopes.GetAsync(ct)).IsOrganisationAdmin;
        if (CanAdminister)
        {
            Untranslated = [.. stored.Select(Missing)];
        }
    }

    private static UntranslatedTexts Missing(TemplateView template)
    {
        var definition = template.ToDefinition();
        return UntranslatedTexts.Of(template.Name, template.Id, definition.Texts().Count(), definition.Untranslated);
    }
}
