using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.BreakGlass;
using Offramp.Core.Common;

namespace Offramp.Web.Pages.BreakGlass;

/// <summary>
/// Emergency accesses: the director reviews those of their programs (accept as justified, or escalate, which ends a
/// running access at once); everyone else sees their own.
/// </summary>
public sealed class IndexModel(ListBreakGlassGrants list, ReviewBreakGlass review, IActor actor) : PageModel
{
    /// <summary>One's own emergency access is reviewed by a director, never by oneself.</summary>
    public bool MayReview(BreakGlassGrantView grant) => grant.UserId != actor.UserId;

    public IReadOnlyList<BreakGlassGrantView> Grants { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool PendingOnly { get; set; } = true;

    [BindProperty]
    public Guid GrantId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ReviewBreakGlassCommand Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Grants = await list.ExecuteAsync(PendingOnly, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Grants = await list.ExecuteAsync(PendingOnly, ct);
        return await FormOutcome.RunAsync(this, "Input.", () => review.ExecuteAsync(GrantId, Version, Input, ct),
            () => RedirectToPage("Index", new { PendingOnly }));
    }
}
