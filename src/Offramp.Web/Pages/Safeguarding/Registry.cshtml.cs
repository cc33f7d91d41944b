using System.Text;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Microsoft.Extensions.Localization;

using Offramp.Core.Access;
using Offramp.Core.Disclosure;
using Offramp.Reports;

namespace Offramp.Web.Pages.Safeguarding;

/// <summary>
/// The disclosure register of every program the director directs, oldest first: who disclosed what kind of data to
/// whom, on which threshold and legal basis, with the hash of the content (never the content: that stays on the
/// participant's own register page). Anyone who directs no program gets 404. Every read is audited.
/// </summary>
public sealed class RegistryModel(ExportDisclosureRegister register, ScopeLoader scopes, IStringLocalizer<SharedResource> localizer, EnumLabels words) : PageModel
{
    public IReadOnlyList<DisclosureRegisterEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await register.EntriesAsync("viewed", ct);

    /// <summary>The same register as spreadsheet-safe CSV, for the organisation's records.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await register.ExecuteAsync(ct)), "text/csv; charset=utf-8", "disclosure-register.csv");

    /// <summary>What the CSV's columns and codes mean, in the reader's language: no case data, and like the register only for directors.</summary>
    public async Task<IActionResult> OnGetCodebookAsync(CancellationToken ct)
    {
        if ((await scopes.GetAsync(ct)).DirectedPrograms.Count == 0)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(RegisterCodebook.Document(localizer, words)), "text/csv; charset=utf-8", "disclosure-register-codebook.csv");
    }
}
