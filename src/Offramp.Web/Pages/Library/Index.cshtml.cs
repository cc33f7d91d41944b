using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Library.Publishing;

namespace Offramp.Web.Pages.Library;

/// <summary>
/// A program's entries in the practice library: its profile versions and lessons, proposed, released or discarded,
/// with the way to write the next profile version or a lesson. Nothing leaves from here; a second director releases.
/// </summary>
public sealed class IndexModel(LibraryPrograms programs, ListLibraryReleases list) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgramId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Programs { get; private set; } = [];

    public IReadOnlyList<LibraryReleaseView> Releases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Programs = await programs.ListAsync(ct);
        ProgramId ??= Programs.Count == 1 ? Programs[0].Id : null;
        if (ProgramId is not { } programId)
        {
            return Page();
        }

        try
        {
            Releases = await list.ExecuteAsync(programId, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
