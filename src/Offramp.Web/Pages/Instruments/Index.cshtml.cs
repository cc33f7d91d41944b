using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

namespace Offramp.Web.Pages.Instruments;

/// <summary>
/// The organisation's instruments and their versions. Everyone reads the published ones; the organisation admin also
/// sees drafts and imports instrument files, whose schema errors are listed by JSON path (nothing is saved then).
/// </summary>
public sealed class IndexModel(ScopeLoader scopes, ListInstruments list, ImportInstrument import) : PageModel
{
    /// <summary>Instrument files are small (the open instrument is 12 kB); a larger upload is refused before it is read.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<InstrumentSummary> Instruments { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    /// <summary>Admins and program directors record certifications; others are not shown a link that answers 404.</summary>
    public bool MayCertify { get; private set; }

    /// <summary>The file's problems as (JSON path, message), in the order the parser found them.</summary>
    public IReadOnlyList<(string Path, string Message)> ImportErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!IsAdmin)
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose an instrument file (JSON).");
            return Page();
        }

        if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "An instrument file is limited to 1 MB.");
            return Page();
        }

        string json;
        using (var reader = new StreamReader(Upload.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(ct);
        }

        try
        {
            var draft = await import.ExecuteAsync(json, ct);
            return RedirectToPage("Version", new { instrumentId = draft.Id });
        }
        catch (DomainException e)
        {
            ImportErrors = FormOutcome.FieldMessagesOf(this, e);
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError(nameof(Upload), FormOutcome.MessageOf(this, e));
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        IsAdmin = scope.IsOrganisationAdmin;
        MayCertify = IsAdmin || scope.DirectedPrograms.Count > 0;
        Instruments = await list.ExecuteAsync(ct);
    }
}
