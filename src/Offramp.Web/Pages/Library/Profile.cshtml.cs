using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Library.Content;
using Offramp.Core.Library.Publishing;

namespace Offramp.Web.Pages.Library;

/// <summary>
/// The director (or evaluator) writes the next version of the program's profile, starting from the last one or, the
/// first time, from what Offramp already knows of the program. Proposing does not publish: a second director releases.
/// </summary>
public sealed class ProfileModel(DraftProfile draft, ProposeProfile propose, LibraryPrograms programs) : PageModel
{
    /// <summary>Blank rows offered under the components and sources already listed.</summary>
    public const int BlankRows = 3;

    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    [BindProperty]
    public PracticeProfile Input { get; set; } = new();

    public string ProgramName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await NameAsync(ct) is { } missing)
        {
            return missing;
        }

        try
        {
            Input = await draft.ExecuteAsync(ProgramId, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await NameAsync(ct) is { } missing)
        {
            return missing;
        }

        // The use case validates the whole profile and answers every error at once; MVC's own pass would only add
        // "required" for the blank rows the form offers.
        ModelState.Clear();
        Guid created = default;
        return await FormOutcome.RunAsync(this, "Input.", async () => created = await propose.ExecuteAsync(ProgramId, Input, ct),
            () => RedirectToPage("Review", new { programId = ProgramId, id = created }));
    }

    private async Task<IActionResult?> NameAsync(CancellationToken ct)
    {
        var program = (await programs.ListAsync(ct)).FirstOrDefault(p => p.Id == ProgramId);
        if (program.Id == Guid.Empty)
        {
            return NotFound();
        }

        ProgramName = program.Name;
        return null;
    }
}
