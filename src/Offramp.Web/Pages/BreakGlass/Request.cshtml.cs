using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.BreakGlass;

namespace Offramp.Web.Pages.BreakGlass;

/// <summary>
/// Emergency access to a record outside one's scope: a reason, then at most 60 minutes of read access. The page never
/// shows anything about the participant before the grant, so it reveals nothing to someone who may not ask. A fresh
/// authenticator code (step-up) confirms the request.
/// </summary>
public sealed class RequestModel(RequestBreakGlass request) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public BreakGlassRequestCommand Input { get; set; } = new();

    public BreakGlassGrantView? Grant { get; private set; }

    public void OnGet()
    {
    }

    [BindProperty]
    public string? StepUpCode { get; set; }

    /// <summary>Emergency access opens records outside one's scope, so it needs a fresh authenticator code.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "Input.", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            Grant = await request.ExecuteAsync(Id, Input, ct);
        }, Page);
    }
}
