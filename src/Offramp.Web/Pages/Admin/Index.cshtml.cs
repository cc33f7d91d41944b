using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.Core.Organisations.RoleRequests;

namespace Offramp.Web.Pages.Admin;

/// <summary>Organisation administration on one screen: accounts and their roles, pending role requests, programs, sites. No case content.</summary>
public sealed class IndexModel(ManageUsers users, ManageRoles roles, ManagePrograms programs, ListPrograms list, ListRoleRequests requests) : PageModel
{
    public IReadOnlyList<UserView> Users { get; private set; } = [];

    public IReadOnlyList<ProgramView> Programs { get; private set; } = [];

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    /// <summary>Role requests still awaiting a second person, shown above the accounts.</summary>
    public IReadOnlyList<RoleRequestView> PendingRequests { get; private set; } = [];

    [BindProperty]
    public NewUserForm NewUser { get; set; } = new();

    [BindProperty]
    public GrantForm Grant { get; set; } = new();

    [BindProperty]
    public ProgramCommand NewProgram { get; set; } = new();

    [BindProperty]
    public List<ProgramAims> NewProgramAims { get; set; } = [];

    [BindProperty]
    public string? NewSiteName { get; set; }

    [BindProperty]
    public Guid AssignmentId { get; set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostUserAsync(CancellationToken ct) =>
        RunAsync("NewUser.", () => users.CreateAsync(NewUser.Email, NewUser.DisplayName, NewUser.Password, ct), "Account created. The user sets up MFA at first sign-in.", ct);

    /// <summary>
    /// A grant needs step-up; a program role only becomes a request that a second person approves on the
    /// <see cref="RoleRequestsModel">access requests</see> page.
    /// </summary>
    public Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        var done = "Role granted.";
        return RunAsync("Grant.", async () =>
        {
            if (string.IsNullOrWhiteSpace(Grant.StepUpCode))
            {
                throw new DomainException("Enter a fresh code from your authenticator app to confirm.", nameof(GrantForm.StepUpCode));
            }

            await StepUp.VerifyAsync(this, Grant.StepUpCode, ct);
            if ((await roles.GrantAsync(Grant.UserId, Grant.Role, Grant.ProgramId, ct)).Status == RoleGrantStatus.Pending)
            {
                done = "Request sent: nothing is granted until a director of the program (or a second admin where it has none) approves it.";
            }
        }, () => done, ct);
    }

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) =>
        RunAsync("", () => roles.RevokeAsync(AssignmentId, ct), "Role revoked.", ct);

    public Task<IActionResult> OnPostProgramAsync(CancellationToken ct)
    {
        NewProgram.Aims = NewProgramAims.Aggregate(ProgramAims.None, (all, aim) => all | aim);
        return RunAsync("NewProgram.", () => programs.CreateAsync(NewProgram, ct), "Program created.", ct);
    }

    public Task<IActionResult> OnPostSiteAsync(CancellationToken ct) =>
        RunAsync("", () => programs.CreateSiteAsync(NewSiteName ?? "", null, ct), "Site created.", ct);

    private Task<IActionResult> RunAsync(string prefix, Func<Task> action, string success, CancellationToken ct) =>
        RunAsync(prefix, action, () => success, ct);

    private async Task<IActionResult> RunAsync(string prefix, Func<Task> action, Func<string> success, CancellationToken ct)
    {
        // Each form validates only its own fields; clear the others' binding noise.
        foreach (var key in ModelState.Keys.Where(k => prefix.Length == 0 || !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var result = await FormOutcome.RunAsync(this, prefix, action, () => RedirectToPage(new { done = success() }));
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
            Users = await users.ListAsync(ct);
            Programs = await list.ExecuteAsync(ct);
            Sites = await list.SitesAsync(ct);
            PendingRequests = [.. (await requests.ExecuteAsync(ct)).Where(r => r.Status == RoleRequestStatus.Pending)];
            Message = Request.Query["done"];
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

public sealed class NewUserForm
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class GrantForm
{
    public Guid UserId { get; set; }

    public Role Role { get; set; }

    public Guid? ProgramId { get; set; }

    public string? StepUpCode { get; set; }
}
