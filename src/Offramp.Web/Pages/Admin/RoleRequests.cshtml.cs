using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Organisations.RoleRequests;

namespace Offramp.Web.Pages.Admin;

/// <summary>
/// Role requests that open case content, waiting for a second person: the program's director (or a second admin where
/// it has none) approves with a fresh authenticator code or declines with a reason; the requester may withdraw.
/// Admins and directors see this page; everyone else gets 404.
/// </summary>
public sealed class RoleRequestsModel(ListRoleRequests list, ApproveRoleRequest approve, DeclineRoleRequest decline, WithdrawRoleRequest withdraw) : PageModel
{
    public IReadOnlyList<RoleRequestView> Requests { get; private set; } = [];

    [BindProperty]
    public Guid RequestId { get; set; }

    [BindProperty]
    public string? StepUpCode { get; set; }

    [BindProperty]
    public DeclineRoleRequestCommand Decline { get; set; } = new();

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (!StepUp.HasCode(this, StepUpCode))
        {
            return false;
        }

        await StepUp.VerifyAsync(this, StepUpCode!, ct);
        await approve.ExecuteAsync(RequestId, ct);
        return true;
    }, "Approved: the role is granted.", ct);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await decline.ExecuteAsync(RequestId, Decline, ct);
        return true;
    }, "Declined.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await withdraw.ExecuteAsync(RequestId, ct);
        return true;
    }, "Withdrawn.", ct);

    private async Task<IActionResult> RunAsync(Func<Task<bool>> action, string success, CancellationToken ct)
    {
        // Only the fields of the form that was sent count; the other forms' inputs are absent, not wrong.
        ModelState.Clear();
        var done = false;
        var result = await FormOutcome.RunAsync(this, "Decline.", async () => done = await action(), () => RedirectToPage(new { done = success }));
        if (!done && result is RedirectToPageResult)
        {
            result = Page();
        }

        if (result is PageResult && !await LoadAsync(ct))
        {
            return NotFound();
        }

        return result;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Requests = await list.ExecuteAsync(ct);
            Message = Request.Query["done"];
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
