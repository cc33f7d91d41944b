using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Http.HttpResults;

using Offramp.Core.Access;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>Organisation administration. Admins manage accounts, roles, programs and sites; they never see case content.</summary>
public static class AdminEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin").WithTags("Administration");

        group.MapGet("/users", async (ManageUsers useCase, CancellationToken ct) => await useCase.ListAsync(ct))
            .WithSummary("Accounts of the organisation with their roles.")
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPost("/users", async (NewUserRequest request, ManageUsers useCase, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/admin/users", new { id = await useCase.CreateAsync(request.Email, request.DisplayName, request.Password, ct) }))
            .WithSummary("Create an account; the user enrols MFA at first sign-in.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPost("/users/{userId:guid}/roles", async Task<Results<Created<RoleGrantOutcome>, Accepted<RoleGrantOutcome>>> (
                Guid userId, GrantRoleRequest request, ManageRoles useCase, CancellationToken ct) =>
            {
                var outcome = await useCase.GrantAsync(userId, request.Role, request.ProgramId, ct);
                return outcome.Status == RoleGrantStatus.Pending
                    ? TypedResults.Accepted("/api/v1/role-requests", outcome)
                    : TypedResults.Created("/api/v1/admin/users", outcome);
            })
            .WithSummary("Grant a role, with step-up (X-Offramp-Step-Up). Never to oneself. A program role opens case content: it answers 202 with a "
                + "request that a director of the program (or a second admin where it has none) approves; admin and auditor answer 201. "
                + "Admins and auditors never hold program roles (409).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .WithStepUp()
            .For(EndpointAudience.OrganisationAdmin);

        group.MapDelete("/roles/{assignmentId:guid}", async (Guid assignmentId, ManageRoles useCase, CancellationToken ct) =>
            {
                await useCase.RevokeAsync(assignmentId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Revoke a role.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPost("/programs", async (ProgramCommand command, ManagePrograms useCase, CancellationToken ct) =>
                TypedResults.Created("/api/v1/programs", new { id = await useCase.CreateAsync(command, ct) }))
            .WithSummary("Create a program.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPut("/programs/{programId:guid}", async (Guid programId, ProgramCommand command, ManagePrograms useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(programId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithSummary("Edit a program (If-Match required).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPost("/sites", async (NewSiteRequest request, ManagePrograms useCase, CancellationToken ct) =>
                TypedResults.Created("/api/v1/sites", new { id = await useCase.CreateSiteAsync(request.Name, request.Locality, ct) }))
            .WithSummary("Create a site.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        api.MapGet("/programs", async (ListPrograms useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithTags("Programs")
            .WithSummary("Programs the caller works in, with the caller's roles.")
            .For(EndpointAudience.Self);

        api.MapGet("/sites", async (ListPrograms useCase, CancellationToken ct) =>
                (await useCase.SitesAsync(ct)).Select(s => new { s.Id, s.Name, s.Locality }))
            .WithTags("Programs")
            .WithSummary("Sites of the caller's organisation.")
            .For(EndpointAudience.Self);
    }
}

public sealed record NewUserRequest([Required] string Email, [Required] string DisplayName, [Required] string Password);

public sealed record GrantRoleRequest(Role Role, Guid? ProgramId);

public sealed record NewSiteRequest([Required] string Name, string? Locality);
