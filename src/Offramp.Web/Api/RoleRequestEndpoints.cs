using Offramp.Core.Organisations.RoleRequests;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>
/// Separation of duties: role requests that open case content wait here for a second person. Approving needs step-up
/// (X-Offramp-Step-Up); declining needs a reason; only the requester withdraws.
/// </summary>
public static class RoleRequestEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/role-requests").WithTags("Administration");

        group.MapGet("/", async (ListRoleRequests useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithSummary("Role requests: every one of the organisation for an admin, those of my programs for a director; pending first.")
            .For(EndpointAudience.RoleRequests);

        group.MapPost("/{requestId:guid}/approval", async (Guid requestId, ApproveRoleRequest useCase, CancellationToken ct) =>
                TypedResults.Created("/api/v1/admin/users", new { assignmentId = await useCase.ExecuteAsync(requestId, ct) }))
            .WithSummary("Approve a role request, with step-up: a director of the program, or a second admin where it has none. Never the requester or the grantee.")
            .RequireAuthorization(Policies.ApiWrite)
            .WithStepUp()
            .For(EndpointAudience.RoleRequestDecider);

        group.MapPost("/{requestId:guid}/decline", async (Guid requestId, DeclineRoleRequestCommand command, DeclineRoleRequest useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(requestId, command, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Decline a role request, with a reason.")
            .RequireAuthorization(Policies.ApiWrite)
            .For(EndpointAudience.RoleRequestDecider);

        group.MapPost("/{requestId:guid}/withdrawal", async (Guid requestId, WithdrawRoleRequest useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(requestId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Withdraw my own pending role request.")
            .RequireAuthorization(Policies.ApiWrite)
            .For(EndpointAudience.RoleRequestRequester);
    }
}
