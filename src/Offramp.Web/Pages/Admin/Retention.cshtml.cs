using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Organisations;
using Offramp.Core.Retention;

namespace Offramp.Web.Pages.Admin;

/// <summary>
/// The organisation admin's retention rules, with the same rules as the CLI: set or remove a rule per program and kind
/// of data, preview what is due (counts only: the admin holds no case role), and apply with a fresh authenticator
/// code. Each removal is audited per participant. Everyone else gets "not found".
/// </summary>
public sealed class RetentionModel(ManageRetentionRules rules, RunOrganisationRetention run, ListPrograms programs) : PageModel
{
    public IReadOnlyList<RetentionRuleView> Rules { get; private set; } = [];

    public IReadOnlyList<ProgramView> Programs { get; private set; } = [];

    /// <summary>What the last preview or run found, per rule; null until one was asked for.</summary>
    public IReadOnlyDictionary<Guid, RetentionOutcome>? Outcomes { get; private set; }

    public bool Applied { get; private set; }

    [BindProperty]
    public RetentionRuleCommand Input { get; set; } = new();

    [BindProperty]
    public Guid RuleId { get; set; }

    [BindProperty]
    public int RuleVersion { get; set; }

    [BindProperty]
    public string? StepUpCode { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? await FormOutcome.RunAsync(this, "Input.", () => rules.SetAsync(Input, ct), () => RedirectToPage()) : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // Only the rule's id and version are posted: the empty "set a rule" form is not judged.
        ModelState.Clear();
        return await FormOutcome.RunAsync(this, "", () => rules.RemoveAsync(RuleId, RuleVersion, ct), () => RedirectToPage());
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        Outcomes = (await run.PreviewAsync(ct)).ToDictionary(o => o.RuleId);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "", async () =>
        {
            await StepUp.VerifyAsync(this, StepUpCode!, ct);
            Outcomes = (await run.ApplyAsync(ct)).ToDictionary(o => o.RuleId);
            Applied = true;
        }, Page);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Rules = await rules.ListAsync(ct);
            Programs = await programs.ExecuteAsync(ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
