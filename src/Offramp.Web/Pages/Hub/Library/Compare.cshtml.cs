using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Library.Hub;

namespace Offramp.Web.Pages.Hub.Library;

/// <summary>Two programs side by side, field by field and on their evidence, chosen from the library's current profiles.</summary>
public sealed class CompareModel(BrowseLibrary browse, GetLibraryProfile get) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? B { get; set; }

    public IReadOnlyList<LibraryCard> Choices { get; private set; } = [];

    public LibraryProfileView? Left { get; private set; }

    public LibraryProfileView? Right { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Choices = (await browse.ExecuteAsync(new LibraryQuery(), ct)).Profiles;
            Left = A is { } a ? await get.ExecuteAsync(a, ct) : null;
            Right = B is { } b ? await get.ExecuteAsync(b, ct) : null;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
