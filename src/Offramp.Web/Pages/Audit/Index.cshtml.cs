using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Participants.Caseload;

namespace Offramp.Web.Pages.Audit;

/// <summary>The auditor's trail viewer: who did what to which record and when; never the content itself.</summary>
public sealed class IndexModel(ListAuditEvents list, AuditVerifier verifier) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditEventView> Events { get; private set; } = null!;

    public AuditVerification? Verification { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var result = await LoadAsync(ct);
        if (result is PageResult)
        {
            Verification = await verifier.VerifyAsync(ct: ct);
        }

        return result;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            Events = await list.ExecuteAsync(Code, PageNumber, 100, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
