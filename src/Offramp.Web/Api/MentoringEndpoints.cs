using Offramp.Core.Mentoring;
using Offramp.Core.Transfers;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>Mentor registry, matching and agreements; and transfers between programs and organisations.</summary>
public static class MentoringEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var mentors = api.MapGroup("/mentors").WithTags("Mentoring");

        mentors.MapGet("/", async (ListMentors useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListMentors")
            .WithSummary("The mentor registry of the programs where I do casework or direct.")
            .For(EndpointAudience.Self);

        mentors.MapPut("/", async (MentorProfileCommand command, RegisterMentor useCase, CancellationToken ct) =>
                TypedResults.Ok(new CreatedId(await useCase.ExecuteAsync(command, ct))))
            .WithName("RegisterMentor")
            .WithSummary("Add or update a mentor in the registry of a program I direct.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.ProgramDirection);

        mentors.MapGet("/choices", async (ListRegistryChoices useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListMentorRegistryChoices")
            .WithSummary("For each program I direct, who holds the Mentor role and who could supervise: the choices of the registry form.")
            .For(EndpointAudience.Self);

        var group = api.MapGroup("/participants/{id:guid}").WithTags("Mentoring");

        group.MapGet("/mentor-suggestions", async (Guid id, SuggestMentors useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("SuggestMentors")
            .WithSummary("Mentors who could take the participant, best first, with the reasons.")
            .For(EndpointAudience.CaseManager);

        group.MapGet("/mentoring-agreements", async (Guid id, ListAgreements useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListMentoringAgreements")
            .WithSummary("Mentoring agreements with their reviews.")
            .For(EndpointAudience.CaseTeam);

        group.MapPost("/mentoring-agreements", async (Guid id, MatchMentorCommand command, MatchMentor useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/mentoring-agreements"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithName("MatchMentor")
            .WithSummary("Match a mentor (with the reasons) and record the agreement; the mentor joins the case team.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.CaseManager);

        group.MapPost("/mentoring-agreements/{agreementId:guid}/reviews", async (Guid id, Guid agreementId, ReviewAgreementCommand command, ReviewAgreement useCase, HttpContext http, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/mentoring-agreements"), new CreatedId(await useCase.ExecuteAsync(id, agreementId, ETags.RequireIfMatch(http.Request), command, ct))))
            .WithName("ReviewMentoringAgreement")
            .WithSummary("Review an agreement: continue, renegotiate or end, with the reason (If-Match: the agreement's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.MentorOrCaseManager);

        group.MapPost("/transfers", async (Guid id, ProposeTransferCommand command, ProposeTransfer useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At("transfers"), new CreatedId(await useCase.ExecuteAsync(id, command, ct))))
            .WithTags("Transfers")
            .WithName("ProposeTransfer")
            .WithSummary("Propose a transfer to another program or organisation with the consented package.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        group.MapPost("/transfers/preview", async (Guid id, ProposeTransferCommand command, PreviewTransfer useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, command, ct))
            .WithTags("Transfers")
            .WithName("PreviewTransfer")
            .WithSummary("The package exactly as a transfer with these choices would send it; nothing is stored but the audit of the read.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        group.MapGet("/transfers", async (Guid id, ListParticipantTransfers useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithTags("Transfers")
            .WithName("ListParticipantTransfers")
            .WithSummary("Where the participant's transfers stand (sending side), without the packages.")
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/transfer-targets", async (Guid id, ListTransferTargets useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithTags("Transfers")
            .WithName("ListTransferTargets")
            .WithSummary("The programs of the deployment the participant could be transferred to.")
            .For(EndpointAudience.Director);

        var transfers = api.MapGroup("/transfers").WithTags("Transfers");

        transfers.MapGet("/", async (ListTransfers useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListTransfers")
            .WithSummary("Transfers into and out of the programs I direct, with their packages.")
            .For(EndpointAudience.Self);

        transfers.MapPost("/{transferId:guid}/decision", async (Guid transferId, TransferDecisionCommand command, DecideTransfer useCase, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(new TransferDecided(await useCase.ExecuteAsync(transferId, ETags.RequireIfMatch(http.Request), command, ct))))
            .WithName("DecideTransfer")
            .WithSummary("Accept or decline an incoming transfer (If-Match: the transfer's version).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramDirection);
    }
}
