using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>Password and a recovery code, judged together like the code form (<see cref="SecondFactorStep"/>).</summary>
public sealed class LoginWithRecoveryCodeModel(SecondFactorStep step) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(20)]
    public string RecoveryCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PendingSignIn.ReadAsync(HttpContext) is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await step.RecoveryCodeAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal), ct))
        {
            case SecondFactorOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SecondFactorOutcome.StartAgain:
                return RedirectToPage("Login");
            default:
                ModelState.AddModelError(nameof(RecoveryCode), SignInMessages.RecoveryCodeFailed);
                return Page();
        }
    }
}
