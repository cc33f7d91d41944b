using System.Text.Json;

using Offramp.Core.CodedProfiles;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>
/// Codebooks (read by everyone in the organisation, imported and published by its admins) and each participant's
/// coded profile (the case team reads and codes it; its notes are sealed, its codes feed research).
/// </summary>
public static class CodedProfileEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/codebooks", async (ListCodebooks useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithTags("Coded profiles")
            .WithName("ListCodebooks")
            .WithSummary("The organisation's codebook versions, newest published first (admins also see drafts).")
            .For(EndpointAudience.Self);

        var admin = api.MapGroup("/admin/codebooks").WithTags("Coded profiles").RequireAuthorization(Auth.Policies.ApiWrite);
        admin.MapPost("/", async (JsonElement definition, ImportCodebook useCase, CancellationToken ct) =>
            {
                var version = await useCase.ExecuteAsync(definition.GetRawText(), ct);
                return TypedResults.Created(ApiRoutes.At("codebooks"), new ImportedCodebook(version.Id, version.Version));
            })
            .WithName("ImportCodebook")
            .WithSummary("Import a codebook file (codebooks/codebook.schema.json) as a draft; errors name the JSON path.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.OrganisationAdmin);

        admin.MapPost("/{codebookId:guid}/publication", async (Guid codebookId, PublishCodebook useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(codebookId, ETags.RequireIfMatch(http.Request), ct));
                return TypedResults.NoContent();
            })
            .WithName("PublishCodebook")
            .WithSummary("Publish a draft: participants are coded on it from now on, and it never changes (If-Match required).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.OrganisationAdmin);

        var profile = api.MapGroup("/participants/{id:guid}/coded-profile").WithTags("Coded profiles");
        profile.MapGet("/", async (Guid id, GetCodedProfile useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("GetCodedProfile")
            .WithSummary("The participant's coded profile on the current codebook, every field with its codes, note and version.")
            .For(EndpointAudience.CaseTeam);

        profile.MapPut("/", async (Guid id, CodedProfileCommand command, RecordCodedProfile useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(id, command, ct);
                return TypedResults.NoContent();
            })
            .WithName("RecordCodedProfile")
            .WithSummary("Code some fields (each with the version last seen, 0 if not coded yet; no codes clears a field).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .For(EndpointAudience.CaseTeam);
    }
}
