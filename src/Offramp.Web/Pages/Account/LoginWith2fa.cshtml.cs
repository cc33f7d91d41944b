using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>The code form, where password and code are judged together (<see cref="SecondFactorStep"/>).</summary>
public sealed class LoginWith2faModel(SecondFactorStep step) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Authenticator code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingSignIn.ReadAsync(HttpContext) is null ? RedirectToPage("Login") : Page();

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

        switch (await step.AuthenticatorCodeAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), ct))
        {
            case SecondFactorOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SecondFactorOutcome.StartAgain:
                return RedirectToPage("Login");
            default:
                ModelState.AddModelError(nameof(Code), SignInMessages.CodeFailed);
                return Page();
        }
    }
}
