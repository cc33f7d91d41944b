using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Web.Pages.Catalogue;

/// <summary>The organisation's program templates with their modules and expected dose, and how each program runs its cycles.</summary>
public sealed class IndexModel(ListTemplates templates, ListProgramSettings settings, ScopeLoader scopes) : PageModel
{
    public IReadOnlyList<TemplateView> Templates { get; private set; } = [];

    public IReadOnlyList<ProgramSettingsView> Programs { get; private set; } = [];

    public bool CanAdminister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var language = TranslatableText.ReaderLanguage;
        Templates = [.. (await templates.ExecuteAsync(ct)).Select(t => t.In(language))];
        Programs = await settings.ExecuteAsync(ct);
        CanAdminister = (await scopes.GetAsync(ct)).IsOrganisationAdmin;
    }
}
