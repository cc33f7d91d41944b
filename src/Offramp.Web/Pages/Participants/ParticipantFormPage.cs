using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

/// <summary>
/// Base of the forms on one participant: loads the record the caller may see (404 otherwise) and carries the
/// version the form was opened on, so a save over a colleague's newer change is refused instead of overwriting it.
/// </summary>
public abstract class ParticipantFormPage(GetParticipantRecord read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public ParticipantRecord Record { get; private set; } = null!;

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Record = await read.ExecuteAsync(Id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    protected IActionResult BackToRecord() => RedirectToPage("Details", new { id = Id });
}
