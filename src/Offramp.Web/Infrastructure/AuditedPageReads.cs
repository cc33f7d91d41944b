using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Web.Infrastructure;

/// <summary>
/// A page shown by GET commits the audit events of all the reads its handler made in one durable commit, after the
/// handler and before anything is rendered, so nothing is shown that is not on record (<see cref="ReadsOnRecord"/>
/// refuses a page whose handler read case data off the record). The start page reads the worklist and the caseload:
/// two commits (two fsyncs) were a third of its time.
/// </summary>
public sealed class AuditedPageReads(OfframpDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        db.Audit.DeferReadCommits = true;
        try
        {
            var executed = await next();
            if (executed.Exception is null || executed.ExceptionHandled)
            {
                await db.CommitDeferredReadsAsync(context.HttpContext.RequestAborted);
                if (Shows(executed.Result))
                {
                    ReadsOnRecord.Require(db.Audit);
                }
            }
        }
        finally
        {
            db.Audit.DeferReadCommits = false;
        }
    }

    /// <summary>Whether the result shows something: a page or a file does; a redirect or an error status does not.</summary>
    private static bool Shows(IActionResult? result) => result switch
    {
        null or PageResult => true,
        RedirectResult or LocalRedirectResult or RedirectToPageResult or RedirectToActionResult or RedirectToRouteResult => false,
        IStatusCodeActionResult { StatusCode: >= 300 } => false,
        _ => true,
    };
}
