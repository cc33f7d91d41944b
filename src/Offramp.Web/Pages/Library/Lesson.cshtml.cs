using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Library.Content;
using Offramp.Core.Library.Publishing;

namespace Offramp.Web.Pages.Library;

/// <summary>A lesson learned: context, challenge, what was tried, result, and tags; proposed here, released by a second director.</summary>
public sealed class LessonModel(ProposeLesson propose, LibraryPrograms programs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    [BindProperty]
    public PracticeLesson Input { get; set; } = new();

    public string ProgramName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await NameAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await NameAsync(ct) is { } missing)
        {
            return missing;
        }

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
