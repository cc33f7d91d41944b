using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Library.Hub;

namespace Offramp.Web.Pages.Hub.Library;

/// <summary>One program's profile on EMMIE: Effect, Mechanism, Moderators, Implementation (lessons), Economics; and follow it.</summary>
public sealed class ProfileModel(GetLibraryProfile get, FollowLibraryProfile following) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public LibraryProfileView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            View = await get.ExecuteAsync(Id, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostFollowAsync(bool follow, CancellationToken ct)
    {
        try
        {
            await following.ExecuteAsync(Id, follow, ct);
            return RedirectToPage(new { id = Id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
