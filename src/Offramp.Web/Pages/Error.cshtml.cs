using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Offramp.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Code { get; set; }

    public string TraceId => HttpContext.TraceIdentifier;

    /// <summary>For a refused (429) request: the wait the rate limiter put in Retry-After.</summary>
    public string RetryAfterSeconds => Response.Headers.RetryAfter.ToString() is { Length: > 0 } seconds ? seconds : "60";
}
