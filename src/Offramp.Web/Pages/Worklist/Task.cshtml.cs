using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

using Offramp.Core.Common;
using Offramp.Core.Worklist;

namespace Offramp.Web.Pages.Worklist;

/// <summary>
/// Ticking a task off and undoing it, for the home page and the worklist alike, so both offer the same actions. The
/// person goes back where they were, with a notice that names the task and offers to put it back.
/// </summary>
public sealed class TaskModel(CompleteTask complete, ReopenTask reopen, IStringLocalizer<Messages> messages) : PageModel
{
    public const string DoneKey = "task-done";
    public const string DoneTitleKey = "task-done-title";
    public const string ProblemKey = "task-problem";

    [BindProperty]
    public Guid TaskId { get; set; }

    [BindProperty]
    public int TaskVersion { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalRedirect("/Worklist");

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await complete.ExecuteAsync(TaskId, TaskVersion, null, ct);
        TempData[DoneKey] = TaskId.ToString();
        TempData[DoneTitleKey] = Title?.Length > 200 ? Title[..200] : Title;
    });

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => RunAsync(() => reopen.ExecuteAsync(TaskId, ct));

    private async Task<IActionResult> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is DomainException or ConflictException or ConcurrencyException)
        {
            TempData[ProblemKey] = messages[e.Message].Value;
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Worklist");
    }
}
