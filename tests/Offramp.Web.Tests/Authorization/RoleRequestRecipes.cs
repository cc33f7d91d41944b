using System.Net;

using Offramp.Core.Access;
using Offramp.Core.Organisations.RoleRequests;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Valid requests for the role-request endpoints (separation of duties), merged into <see cref="EndpointRecipes.All"/>.
/// Each call gets a pending request of its own: in the main program asked for by the organisation admin (so its
/// director decides), or in the other organisation's program (its director decides).
/// </summary>
public static class RoleRequestRecipes
{
    private const string Request = "/api/v1/role-requests/{requestId:guid}";

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        ["GET /api/v1/role-requests/"] = new(RecordType.None, HttpStatusCode.OK, _ => Task.FromResult(PreparedRequest.Plain)),
        [$"POST {Request}/approval"] = new(RecordType.RoleRequest, HttpStatusCode.Created, async c =>
        {
            await ProtectionRecipes.StepUpIfAllowedAsync(c);
            return await OnRequestAsync(c);
        }),
        [$"POST {Request}/decline"] = new(RecordType.RoleRequest, HttpStatusCode.NoContent, async c =>
            await OnRequestAsync(c) with { Body = new DeclineRoleRequestCommand { Reason = "Not in this program's team." } }),
        [$"POST {Request}/withdrawal"] = new(RecordType.RoleRequest, HttpStatusCode.NoContent, OnRequestAsync),
    };

    private static async Task<PreparedRequest> OnRequestAsync(MatrixCall c)
    {
        var id = c.Kind switch
        {
            RecordKind.TeamCase => await PendingAsync(c.World, c.World.OrganisationId, c.World.ProgramId, c.World.UserId(Persona.OrganisationAdmin)),
            RecordKind.OtherOrganisation => await PendingAsync(c.World, c.World.OtherOrganisationId, c.World.OtherProgramId, Guid.NewGuid()),
            _ => Guid.NewGuid(),
        };
        return new PreparedRequest(new Dictionary<string, object> { ["requestId"] = id });
    }

    /// <summary>A pending request to make a brand-new account a mentor, as if <paramref name="requestedBy"/> had asked.</summary>
    private static async Task<Guid> PendingAsync(TestWorld world, Guid organisationId, Guid programId, Guid requestedBy)
    {
        var grantee = await world.CreateUserAsync("Prospective mentor", organisationId);
        return await world.DbAsync(async db =>
        {
            var request = new RoleRequest
            {
                OrganisationId = organisationId,
                UserId = grantee,
                Role = Role.Mentor,
                ProgramId = programId,
                RequestedByUserId = requestedBy,
                RequestedAt = DateTimeOffset.UtcNow,
                ExpiresAt = DateTimeOffset.UtcNow + RoleRequest.Lifetime,
            };
            db.Set<RoleRequest>().Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }
}

/// <summary>The expected statuses of the separation-of-duties audiences.</summary>
public static class RoleRequestOracle
{
    /// <summary>Admins and directors see the requests of their organisation or programs; everyone else 404.</summary>
    public static HttpStatusCode List(Persona caller, HttpStatusCode success) =>
        caller is Persona.OrganisationAdmin or Persona.Director or Persona.OtherOrganisationDirector ? success : HttpStatusCode.NotFound;

    /// <summary>The program's director decides; the admin who asked sees it but may not (403); nobody else sees it.</summary>
    public static HttpStatusCode Decider(RecordKind kind, Persona caller, HttpStatusCode success) => (kind, caller) switch
    {
        (RecordKind.TeamCase, Persona.Director) => success,
        (RecordKind.TeamCase, Persona.OrganisationAdmin) => HttpStatusCode.Forbidden,
        (RecordKind.OtherOrganisation, Persona.OtherOrganisationDirector) => success,
        _ => HttpStatusCode.NotFound,
    };

    /// <summary>Only the admin who asked withdraws; a director who sees the request gets 403; nobody else sees it.</summary>
    public static HttpStatusCode Requester(RecordKind kind, Persona caller, HttpStatusCode success) => (kind, caller) switch
    {
        (RecordKind.TeamCase, Persona.OrganisationAdmin) => success,
        (RecordKind.TeamCase, Persona.Director) => HttpStatusCode.Forbidden,
        (RecordKind.OtherOrganisation, Persona.OtherOrganisationDirector) => HttpStatusCode.Forbidden,
        _ => HttpStatusCode.NotFound,
    };
}
