using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Publishing;

namespace Offramp.Web.Pages.Evidence;

/// <summary>
/// A program's evidence bundles for its directors and evaluators: what was proposed and released, and the form that
/// proposes the next one. Nothing leaves from here; the director releases on the review page.
/// </summary>
public sealed class IndexModel(OfframpDbContext db, ScopeLoader scopes, ListEvidenceReleases list, ProposeEvidenceBundle propose, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    [BindProperty]
    public ProposeEvidenceCommand Input { get; set; } = new() { Period = "all" };

    public IReadOnlyList<(Guid Id, string Name)> Programs { get; private set; } = [];

    public IReadOnlyList<EvidenceReleaseView> Releases { get; private set; } = [];

    /// <summary>The single-choice fields of the organisation's current codebook: what a bundle can be broken down by.</summary>
    public IReadOnlyList<Offramp.Core.CodedProfiles.CodebookField> CodedFields { get; private set; } = [];

    /// <summary>"all", then the completed years, newest first.</summary>
    public IReadOnlyList<string> Periods => ["all", .. Enumerable.Range(0, 12).Select(k => (clock.Today.Year - 1 - k).ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Guid created = default;
        return await FormOutcome.RunAsync(this, "Input.", async () => created = await propose.ExecuteAsync(ProgramId!.Value, Input, ct),
            () => RedirectToPage("Review", new { programId = ProgramId, id = created }));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var ids = scope.ProgramsWhereAny(Role.ProgramDirector, Role.Evaluator).ToList();
        Programs = [.. (await db.Programs.AsNoTracking().Where(p => ids.Contains(p.Id) && p.OrganisationId == scope.OrganisationId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name))];
        ProgramId ??= Programs.Count == 1 ? Programs[0].Id : null;
        CodedFields = (await Offramp.Core.CodedProfiles.ListCodebooks.CurrentAsync(db, scope.OrganisationId, ct))?.Parsed().Fields
            .Where(f => f.Choice == Offramp.Core.CodedProfiles.CodedChoice.OneOption).ToList() ?? [];
        if (ProgramId is not { } programId)
        {
            return null;
        }

        try
        {
            Releases = await list.ExecuteAsync(programId, ct);
            return null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
