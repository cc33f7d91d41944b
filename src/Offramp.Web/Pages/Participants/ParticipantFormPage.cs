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

    /// <summary>Whether the caller may use this page at all once the record is loaded; "not found" otherwise.</summary>
    protected virtual bool MayUse => true;

    protected IActionResult BackToRecord() => RedirectToPage("Details", new { id = Id });

    /// <summary>
    /// Posts one of the forms of a page that has several: 404 out of scope; only the posted form's fields are judged
    /// (a form that was not posted is bound without its prefix, so its errors would carry bare field names); the
    /// page's view is loaded again to show the form with its messages; success comes back to this page.
    /// </summary>
    protected async Task<IActionResult> PostOneFormAsync(string prefix, Func<Task> loadView, Func<Task> useCase, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !MayUse)
        {
            return NotFound();
        }

        KeepOnlyForm(prefix);
        await loadView();
        return await FormOutcome.RunAsync(this, prefix, useCase, () => RedirectToPage(new { id = Id }));
    }

    /// <summary>Drops the binding messages of the forms that were not posted (see <see cref="PostOneFormAsync"/>).</summary>
    protected void KeepOnlyForm(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal) && k != nameof(Version)).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
