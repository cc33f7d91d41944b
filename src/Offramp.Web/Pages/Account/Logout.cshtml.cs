using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Web.Auth;

namespace Offramp.Web.Pages.Account;

/// <summary>
/// Sign-out ends the session on the server, not only in this browser: the new security stamp no longer matches the one
/// in any cookie issued before, and <see cref="SessionLifetime"/> compares the two on every request, so a copied cookie
/// replayed afterwards is sent to the login page. The user's other browser sessions end too; API tokens do not.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, OfframpDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("Login");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            db.Audit.Record(AuditActions.SignOut, AuditEntities.User, user.Id, null, "signed out: every session of the account ended");
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("Login");
    }
}
