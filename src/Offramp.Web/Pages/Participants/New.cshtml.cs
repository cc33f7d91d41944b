using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Organisations;
using Offramp.Core.Participants.Register;

namespace Offramp.Web.Pages.Participants;

public sealed class NewModel(RegisterReferral register, ListPrograms programs, IClock clock) : PageModel
{
    [BindProperty]
    public RegisterReferralCommand Input { get; set; } = new();

    public IReadOnlyList<ProgramView> Programs { get; private set; } = [];

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Programs.Count == 0)
        {
            return NotFound();
        }

        Input.ReferredOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Guid id = default;
        return await FormOutcome.RunAsync(this, "Input.",
            async () => id = (await register.ExecuteAsync(Input, ct)).Id,
            () => RedirectToPage("Details", new { id }));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Programs = [.. (await programs.ExecuteAsync(ct)).Where(p => p.MyRoles.Contains(Role.Caseworker) || p.MyRoles.Contains(Role.ProgramDirector))];
        Sites = await programs.SitesAsync(ct);
    }
}
