using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Web.Infrastructure.Languages;

namespace Offramp.Web.Pages.Account;

/// <summary>
/// The language switcher on every page posts here. The choice is remembered in this browser and, for a signed-in
/// person, in their profile, so it follows them to the next browser they sign in from. Open to everyone, because the
/// sign-in page must be readable before anyone signs in.
/// </summary>
public sealed class LanguageModel(UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        if (!AppLanguages.IsSupported(code))
        {
            return BadRequest();
        }

        AppLanguages.Remember(Response, code!);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.Language != code)
        {
            user.Language = code;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
