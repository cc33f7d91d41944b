using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Hosting.Security;

namespace Offramp.Web.Pages;

/// <summary>
/// Step-up from a form: the same verifier the API uses behind X-Offramp-Step-Up, so a fresh authenticator code
/// typed on the page is checked, audited and recorded exactly like one sent in the header.
/// </summary>
public static class StepUp
{
    public const string Field = "StepUpCode";

    /// <summary>False (with a message next to the code field) when no code was typed; the verifier throws on a wrong one.</summary>
    public static bool HasCode(PageModel page, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return true;
        }

        page.ModelState.AddModelError(Field, "Enter a fresh code from your authenticator app to confirm.");
        return false;
    }

    public static Task VerifyAsync(PageModel page, string code, CancellationToken ct) =>
        ActivatorUtilities.CreateInstance<StepUpVerifier>(page.HttpContext.RequestServices).VerifyAsync(code, ct);
}
