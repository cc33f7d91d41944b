using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.Web.Infrastructure.Languages;

namespace Offramp.Web.Pages.Instruments;

/// <summary>One instrument version: scale, judgements, domains and items with guidance; the admin publishes a draft here, after reading it.</summary>
public sealed class VersionModel(ScopeLoader scopes, ListInstruments list, PublishInstrument publish) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid InstrumentId { get; set; }

    /// <summary>The version the admin read before publishing: a draft re-imported meanwhile is not published unseen.</summary>
    [BindProperty]
    public int Version { get; set; }

    public InstrumentDetail Instrument { get; private set; } = null!;

    /// <summary>The definition in the reader's language (English where a text has no translation).</summary>
    public InstrumentDefinition Shown => Instrument.Definition.In(TranslatableText.ReaderLanguage);

    /// <summary>For each language other than English, the texts that have no translation and show in English.</summary>
    public UntranslatedTexts Untranslated => UntranslatedTexts.Of($"{Instrument.Definition.Name} {Instrument.Definition.Version}", Instrument.Id, Instrument.Definition.Texts().Count(), Instrument.Definition.Untranslated);

    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Version = Instrument.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "", () => publish.ExecuteAsync(InstrumentId, Version, ct), () => RedirectToPage("Version", new { instrumentId = InstrumentId }));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        IsAdmin = (await scopes.GetAsync(ct)).IsOrganisationAdmin;
        try
        {
            Instrument = await list.GetAsync(InstrumentId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
