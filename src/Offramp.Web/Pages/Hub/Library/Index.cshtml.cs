using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Library.Hub;

namespace Offramp.Web.Pages.Hub.Library;

/// <summary>
/// The hub's practice library: programs' profiles filtered by aim, kind, setting, lesson tag, evidence strength and
/// words, strongest evidence first, with the followed programs on top. Anyone at the hub uploads a signed profile or
/// lesson; the hub's admin takes in the profiles shipped with Offramp.
/// </summary>
public sealed class IndexModel(BrowseLibrary browse, ReceiveLibraryItem receive, TakeInShippedProfiles takeIn, HubAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LibraryQuery Query { get; set; } = new();

    [BindProperty]
    public IFormFile? LibraryFile { get; set; }

    public LibraryBrowseView? View { get; private set; }

    public bool IsAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (LibraryFile is null || LibraryFile.Length == 0)
        {
            ModelState.AddModelError(nameof(LibraryFile), "Choose the signed profile or lesson file to upload.");
            return Page();
        }

        using var buffer = new MemoryStream();
        await LibraryFile.OpenReadStream().CopyToAsync(buffer, ct);
        return await FormOutcome.RunAsync(this, "", () => receive.ExecuteAsync(buffer.ToArray(), ct), () => RedirectToPage());
    }

    public async Task<IActionResult> OnPostTakeInAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        return await FormOutcome.RunAsync(this, "", () => takeIn.ExecuteAsync(ct), () => RedirectToPage());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            IsAdmin = (await access.ReaderAsync(ct)).IsAdmin;
            View = await browse.ExecuteAsync(Query, ct);
            return null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
