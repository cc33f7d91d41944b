using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>
/// The second step of signing in, by authenticator code or by recovery code: only with a password step pending (else
/// back to the login form, on GET as on POST), the code judged with the password by <see cref="SecondFactorStep"/>, and
/// a failed code answered on its own field.
/// </summary>
public abstract class SecondFactorPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingSignIn.ReadAsync(HttpContext) is null ? RedirectToPage("Login") : Page();

    /// <summary>Runs <paramref name="attempt"/> once the form is valid; <paramref name="field"/> gets <paramref name="failed"/> when the code is refused.</summary>
    protected async Task<IActionResult> SignInAsync(Func<Task<SecondFactorOutcome>> attempt, string field, string failed)
    {
        if (await PendingSignIn.ReadAsync(HttpContext) is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await attempt())
        {
            case SecondFactorOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SecondFactorOutcome.StartAgain:
                return RedirectToPage("Login");
            default:
                ModelState.AddModelError(field, failed);
                return Page();
        }
    }

    /// <summary>A code as typed, without the spaces people put in to read it.</summary>
    protected static string WithoutSpaces(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim();
}
