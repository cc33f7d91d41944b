using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;

namespace Offramp.Web.Infrastructure;

/// <summary>
/// Turns the domain's exceptions into ProblemDetails for the API. Anything unexpected becomes a generic 500 with a
/// trace id; its details stay in the server log (which carries no personal data: exceptions hold ids only).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            DomainException d => new ValidationProblemDetails(d.FieldErrors) { Status = 422, Title = "The request has invalid values.", Detail = d.Message },
            NotFoundException => new ProblemDetails { Status = 404, Title = "Not found.", Detail = "The record was not found." },
            ConcurrencyException c => new ProblemDetails { Status = 412, Title = "The record was changed by someone else.", Detail = c.Message },
            ConflictException c => new ProblemDetails { Status = 409, Title = "The action conflicts with the record's state.", Detail = c.Message },
            ForbiddenException f => new ProblemDetails { Status = 403, Title = "Not allowed for your role.", Detail = f.Message },
            Api.PreconditionRequiredException p => new ProblemDetails { Status = 428, Title = "If-Match is required.", Detail = p.Message },
            BadHttpRequestException b => Unreadable(b),
            _ => new ProblemDetails { Status = 500, Title = "An unexpected error occurred.", Detail = "The error was logged. Nothing was saved." },
        };
        if (problem.Status == 500)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A value that cannot be read (wrong type, unknown enum name, impossible date) is a field error like any other.</summary>
    private static ProblemDetails Unreadable(BadHttpRequestException b)
    {
        var field = b.InnerException is System.Text.Json.JsonException { Path: { Length: > 1 } path } ? FieldName(path) : null;
        return field is null
            ? new ProblemDetails { Status = b.StatusCode, Title = "The request could not be read.", Detail = Describe(b) }
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["This value could not be read: a wrong type, an unknown value or an impossible date."] })
            {
                Status = b.StatusCode,
                Title = "The request could not be read.",
                Detail = Describe(b),
            };
    }

    /// <summary>"$.identity.givenName" becomes "Identity.GivenName", the names the 422 field errors use.</summary>
    private static string FieldName(string jsonPath) =>
        string.Join('.', jsonPath.TrimStart('$', '.').Split('.').Select(part => part.Length > 0 ? char.ToUpperInvariant(part[0]) + part[1..] : part));

    /// <summary>Malformed JSON, a wrong type or an unknown enum name: say which, without echoing the payload.</summary>
    private static string Describe(BadHttpRequestException b) =>
        b.InnerException is System.Text.Json.JsonException json
            ? $"The JSON body is malformed or has a value of the wrong type{(json.Path is { } p ? $" at {p}" : "")}."
            : b.Message;
}
