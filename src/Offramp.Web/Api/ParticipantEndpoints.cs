using Offramp.Core.Participants.Caseload;
using Offramp.Core.Participants.Read;
using Offramp.Core.Participants.Register;
using Offramp.Core.Participants.Search;
using Offramp.Core.Participants.Update;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

public static class ParticipantEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants").WithTags("Participants");

        group.MapGet("/", async (ListCaseload useCase, int? page, int? pageSize, bool? includeClosed, CancellationToken ct) =>
                await useCase.ExecuteAsync(page ?? 1, pageSize ?? 50, includeClosed ?? false, ct: ct))
            .WithName("ListCaseload")
            .WithSummary("My caseload (directors: their programs), paged.")
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/search", async (SearchParticipants useCase, string? q, CancellationToken ct) => await useCase.ExecuteAsync(q, ct))
            .WithName("SearchParticipants")
            .WithSummary("Exact search by code, full name, alias or national ID within the caller's scope.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/", async (RegisterReferralCommand command, RegisterReferral useCase, CancellationToken ct) =>
            {
                var (id, code) = await useCase.ExecuteAsync(command, ct);
                return TypedResults.Created(ApiRoutes.At($"participants/{id}"), new RegisteredParticipant(id, code));
            })
            .WithName("RegisterReferral")
            .WithSummary("Register a referral of a new participant.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.ProgramIntake);

        group.MapGet("/{id:guid}", async (Guid id, GetParticipantRecord useCase, HttpResponse response, CancellationToken ct) =>
            {
                var record = await useCase.ExecuteAsync(id, ct);
                ETags.Set(response, record.Version);
                return record;
            })
            .WithName("GetParticipant")
            .WithSummary("The participant's whole record; notes withheld where the confidentiality class forbids.")
            .ReturnsETag()
            .For(EndpointAudience.CaseTeam);

        group.MapPut("/{id:guid}", async (Guid id, UpdateParticipantDetailsCommand command, UpdateParticipantDetails useCase, HttpContext http, CancellationToken ct) =>
            {
                var version = await useCase.ExecuteAsync(id, ETags.RequireIfMatch(http.Request), command, ct);
                ETags.Set(http.Response, version);
                return TypedResults.NoContent();
            })
            .WithName("UpdateParticipantDetails")
            .WithSummary("Correct identifiers and demographics (If-Match required).")
            .RequiresIfMatch()
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);
    }
}
