using Offramp.Core.Worklist;

namespace Offramp.Web.Api;

public static class WorklistEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/worklist").WithTags("Worklist");

        group.MapGet("/", async (ListWorklist useCase, int? horizonDays, CancellationToken ct) =>
                (await useCase.ExecuteAsync(new WorklistQuery(horizonDays ?? 30, PageSize: WorklistQuery.MaxPageSize), ct)).Items)
            .WithSummary("What is due and overdue for me, the most overdue first, up to 500 tasks (directors: also their programs' director tasks).")
            .For(EndpointAudience.Self);

        group.MapPost("/{taskId:guid}/completion", async (Guid taskId, TaskCompletionRequest request, CompleteTask useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(taskId, ETags.RequireIfMatch(http.Request), request.Note, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Mark a task done (If-Match: the task's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.Self);
    }
}

public sealed record TaskCompletionRequest(string? Note);
