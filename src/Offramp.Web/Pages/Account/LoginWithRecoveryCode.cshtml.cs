using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Web.Pages.Account;

public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signIn, OfframpDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(20)]
    public string RecoveryCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            db.Audit.Record(AuditActions.SignIn, "user", user.Id, null, "password + recovery code");
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(nameof(RecoveryCode), "That recovery code is not valid or was already used.");
        return Page();
    }
}
