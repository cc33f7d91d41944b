using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Admin;

/// <summary>Accounts flagged by failed sign-ins. Nobody is locked out by them; the list says whom to call.</summary>
public sealed class SignInFlagsModel(ListSignInFlags list) : PageModel
{
    public IReadOnlyList<SignInFlag> Flags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Flags = await list.ExecuteAsync(ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
