using Offramp.Core.Evidence.Publishing;
using Offramp.Web.Api.Contracts;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>
/// A program's evidence bundles: proposed by an evaluator or director, released by a second person (the director,
/// with step-up), downloaded signed. Directors and evaluators of the program; everyone else 404.
/// </summary>
public static class EvidenceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programs/{programId:guid}/evidence").WithTags("Evidence");

        group.MapGet("/", async (Guid programId, ListEvidenceReleases useCase, CancellationToken ct) => await useCase.ExecuteAsync(programId, ct))
            .WithName("ListEvidenceReleases")
            .WithSummary("The program's evidence bundles, proposed and released, newest first, each with exactly what it holds.")
            .For(EndpointAudience.ProgramEvaluation);

        group.MapPost("/", async (Guid programId, ProposeEvidenceCommand command, ProposeEvidenceBundle useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"programs/{programId}/evidence"), new CreatedId(await useCase.ExecuteAsync(programId, command, ct))))
            .WithName("ProposeEvidenceBundle")
            .WithSummary("Propose the bundle of a period (a completed year, or \"all\"): figures computed and passed through disclosure control now; nothing leaves until released.")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/{releaseId:guid}", async (Guid programId, Guid releaseId, GetEvidenceRelease useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(programId, releaseId, ct))
            .WithName("GetEvidenceRelease")
            .WithSummary("One proposal or release: exactly what leaves, field by field.")
            .For(EndpointAudience.ProgramEvaluation);

        group.MapPost("/{releaseId:guid}/release", async (Guid programId, Guid releaseId, ReleaseEvidenceCommand command, ReleaseEvidenceBundle useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(programId, releaseId, command.Version, ct);
                return TypedResults.NoContent();
            })
            .WithName("ReleaseEvidenceBundle")
            .WithSummary("Release and sign a proposal (program director who did not propose it, with step-up in X-Offramp-Step-Up).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .WithStepUp()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramDirection);

        group.MapPost("/{releaseId:guid}/discard", async (Guid programId, Guid releaseId, DiscardEvidenceProposal useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(programId, releaseId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DiscardEvidenceProposal")
            .WithSummary("Drop a proposal that should not leave (its proposer or a director).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramEvaluation);

        group.MapGet("/{releaseId:guid}/signed", async (Guid programId, Guid releaseId, GetEvidenceRelease useCase, CancellationToken ct) =>
            {
                var (name, content) = await useCase.SignedFileAsync(programId, releaseId, ct);
                return TypedResults.File(content, "application/json", name);
            })
            .WithName("DownloadSignedEvidence")
            .Produces<Stream>(StatusCodes.Status200OK, "application/json")
            .WithSummary("The released bundle as a signed file, for a hub (check it with `offramp evidence verify`).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.ProgramEvaluation);
    }
}

/// <summary>The version of the proposal the director reviewed: a changed proposal is not released unseen.</summary>
public sealed record ReleaseEvidenceCommand(int Version);
