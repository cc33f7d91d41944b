using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>The administrative path of a case: screening, consent, stages and the case team.</summary>
public static class CaseEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}").WithTags("Case path").RequireAuthorization(Auth.Policies.ApiWrite);

        group.MapPost("/referrals/{referralId:guid}/screening", async (Guid id, Guid referralId, RecordScreeningCommand command, RecordScreening useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, referralId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("RecordScreening")
            .WithSummary("Record the screening decision (If-Match: the referral's version).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);

        group.MapPost("/consents", async (Guid id, RecordConsentCommand command, RecordConsent useCase, HttpContext http, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}"), new CreatedId(await useCase.ExecuteAsync(id, ETags.RequireIfMatch(http.Request), command, ct))))
            .WithName("RecordConsent")
            .WithSummary("Record voluntary informed consent (If-Match: the participant's version).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/consents/withdrawal", async (Guid id, WithdrawConsentCommand command, WithdrawConsent useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(id, ETags.RequireIfMatch(http.Request), command, ct);
                return TypedResults.NoContent();
            })
            .WithName("WithdrawConsent")
            .WithSummary("Withdraw consent; no new case data is accepted afterwards (If-Match: the participant's version).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/stage", async (Guid id, ChangeStageCommand command, ChangeStage useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(id, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("ChangeStage")
            .WithSummary("Move the participant to another stage (If-Match: the participant's version).")
            .RequiresIfMatch()
            .ReturnsETag()
            .For(EndpointAudience.CaseManager);

        group.MapPost("/team", async (Guid id, AddTeamMemberCommand command, AddTeamMember useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("AddTeamMember")
            .WithSummary("Add a colleague to the case team.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        group.MapDelete("/team/{memberId:guid}", async (Guid id, Guid memberId, EndTeamMembership useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(id, memberId, ETags.RequireIfMatch(http.Request), ct);
                return TypedResults.NoContent();
            })
            .WithName("EndTeamMembership")
            .WithSummary("End a case team membership (If-Match: the membership's version).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);
    }
}
