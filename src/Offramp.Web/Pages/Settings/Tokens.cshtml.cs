using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;
using Offramp.Core.Security.Tokens;

namespace Offramp.Web.Pages.Settings;

/// <summary>Personal access tokens for the API: created here (behind MFA and a fresh step-up), shown once, revocable.</summary>
public sealed class TokensModel(ScopeLoader scopes, AccessTokens tokens, OfframpDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Give the token a name, e.g. the script that uses it.")]
    [StringLength(100)]
    public string Name { get; set; } = "";

    [BindProperty]
    [Range(1, AccessTokens.MaxLifetimeDays, ErrorMessage = "A token lives between 1 and 365 days.")]
    public int LifetimeDays { get; set; } = 30;

    [BindProperty]
    public bool AllowWrite { get; set; }

    [BindProperty]
    public Guid TokenId { get; set; }

    [BindProperty]
    public string? StepUpCode { get; set; }

    public string? NewSecret { get; private set; }

    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>
    /// A token outlives the session that made it, so creating one needs a fresh authenticator code: a stolen cookie
    /// alone cannot mint a long-lived credential.
    /// </summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && StepUp.HasCode(this, StepUpCode))
        {
            try
            {
                await StepUp.VerifyAsync(this, StepUpCode!, ct);
                var scope = await scopes.GetAsync(ct);
                NewSecret = (await tokens.CreateAsync(scope.UserId, Name, AllowWrite, LifetimeDays, ct)).Secret;
            }
            catch (ForbiddenException e)
            {
                ModelState.AddModelError(StepUp.Field, FormOutcome.MessageOf(this, e));
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        await tokens.RevokeAsync(scope.UserId, TokenId, ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == scope.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
    }
}
