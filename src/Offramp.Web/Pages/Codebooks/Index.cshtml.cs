using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;

namespace Offramp.Web.Pages.Codebooks;

/// <summary>
/// The organisation's codebook: the coded fields recorded on every participant's profile. Everyone reads the published
/// versions; the organisation admin imports a file (or the open Offramp codebook), sees its problems by JSON path, and
/// publishes a draft, which participants are coded on from then.
/// </summary>
public sealed class IndexModel(ScopeLoader scopes, ListCodebooks list, ImportCodebook import, PublishCodebook publish) : PageModel
{
    /// <summary>Codebook files are small (the open one is 10 kB); a larger upload is refused before it is read.</summary>
    public const long MaxFileBytes = 512 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<CodebookSummary> Codebooks { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public IReadOnlyList<(string Path, string Message)> ImportErrors { get; private set; } = [];

    public CodebookSummary? Current => Codebooks.FirstOrDefault(c => c.Status == CodebookStatus.Published);

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
            ModelState.AddModelError(nameof(Upload), "Choose a codebook file (JSON).");
            return Page();
        }

        if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "A codebook file is limited to 512 kB.");
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream());
        return await ImportAsync(await reader.ReadToEndAsync(ct), ct);
    }

    public async Task<IActionResult> OnPostShippedAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return IsAdmin ? await ImportAsync(ShippedCodebooks.Read(ShippedCodebooks.CodedProfile), ct) : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid codebookId, int version, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!IsAdmin)
        {
            return NotFound();
        }

        try
        {
            await publish.ExecuteAsync(codebookId, version, ct);
            return RedirectToPage();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is ConflictException or ConcurrencyException)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task<IActionResult> ImportAsync(string json, CancellationToken ct)
    {
        try
        {
            await import.ExecuteAsync(json, ct);
            return RedirectToPage();
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
        Codebooks = await list.ExecuteAsync(ct);
    }
}
