using Offramp.Core.Evidence.Hub;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>
/// The evidence hub: bundles arrive signed from registered publishers, and everyone at the hub compares and pools them.
/// Only at an organisation configured as a hub; everyone else 404.
/// </summary>
public static class HubEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hub").WithTags("Evidence hub");

        group.MapGet("/compare", async ([AsParameters] CompareEvidenceQuery query, CompareEvidence useCase, CancellationToken ct) => await useCase.ExecuteAsync(query, ct))
            .WithName("CompareEvidence")
            .WithSummary("Programs side by side per comparable metric, with random-effects pooled estimates (REML or DL), heterogeneity and prediction intervals.")
            .For(EndpointAudience.EvidenceHub);

        group.MapPost("/bundles", async (HttpRequest request, ReceiveEvidenceBundle useCase, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                return TypedResults.Created(ApiRoutes.At("hub/compare"), new CreatedId(await useCase.ExecuteAsync(buffer.ToArray(), ct)));
            })
            .WithName("ReceiveEvidenceBundle")
            .WithSummary("Upload a signed bundle (the file as released, as the request body). Refused with the reason when unsigned, tampered, from an unknown or revoked key, schema-invalid, or a period already published.")
            .Accepts<SignedBundleUpload>("application/json")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.EvidenceHub);

        group.MapGet("/publishers", async (ListHubPublishers useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListHubPublishers")
            .WithSummary("Registered publishers with their keys (revoked ones marked) and how many bundles each sent.")
            .For(EndpointAudience.EvidenceHub);

        group.MapPost("/publishers", async (RegisterHubPublisherCommand command, RegisterHubPublisher useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At("hub/publishers"), new CreatedId(await useCase.ExecuteAsync(command, ct))))
            .WithName("RegisterHubPublisher")
            .WithSummary("Register a publishing organisation with its Ed25519 public key, or add a key to one registered (hub admin).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.EvidenceHubAdmin);

        group.MapPost("/keys/{hubKeyId:guid}/revoke", async (Guid hubKeyId, RevokeHubKey useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(hubKeyId, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeHubKey")
            .WithSummary("Revoke a publisher's key: nothing signed with it is accepted any more (hub admin).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.EvidenceHubAdmin);
    }
}

/// <summary>The signed file's shape, for the API document (the body is the file exactly as released).</summary>
public sealed record SignedBundleUpload(string Format, string Algorithm, string KeyId, string PublicKey, string Payload, string Signature);
