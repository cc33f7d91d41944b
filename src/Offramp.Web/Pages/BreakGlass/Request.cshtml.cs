using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.BreakGlass;

namespace Offramp.Web.Pages.BreakGlass;

/// <summary>
/// Emergency access to a record outside one's scope: a reason, then at most 60 minutes of read access. The page never
/// shows anything about the participant before the grant, so it reveals nothing to someone who may not ask.
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

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        FormOutcome.RunAsync(this, "Input.", async () => Grant = await request.ExecuteAsync(Id, Input, ct), Page);
}
