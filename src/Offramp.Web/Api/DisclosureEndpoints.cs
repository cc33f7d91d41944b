using Offramp.Core.Disclosure;
using Offramp.Web.Api.Contracts;
using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>
/// The disclosure register. Decisions, approvals and corrections need step-up: send a fresh authenticator code in
/// X-Offramp-Step-Up (valid for 5 minutes). There is deliberately no PUT, PATCH or DELETE: the register is append-only.
/// </summary>
public static class DisclosureEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants/{id:guid}/disclosures").WithTags("Disclosure");

        group.MapGet("/", async (Guid id, ListDisclosures useCase, CancellationToken ct) => await useCase.ExecuteAsync(id, ct))
            .WithName("ListDisclosures")
            .WithSummary("The participant's register: everything for the director; shared disclosures only for the team.")
            .For(EndpointAudience.CaseTeam);

        group.MapGet("/preview", async (Guid id, string? fields, Guid? concernId, PreviewDisclosure useCase, CancellationToken ct) =>
                await useCase.ExecuteAsync(id, ParseFields(fields), concernId, ct))
            .WithName("PreviewDisclosure")
            .WithSummary("Exactly what would leave for the chosen fields (fields=GivenName,FamilyName,...), with its SHA-256.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.Director);

        group.MapPost("/", async (Guid id, DecideDisclosureCommand command, DecideDisclosure useCase, CancellationToken ct) =>
            {
                var decision = await useCase.ExecuteAsync(id, command, ct);
                return TypedResults.Created(ApiRoutes.At($"participants/{id}/disclosures"), decision);
            })
            .WithName("DecideDisclosure")
            .WithSummary("Record a decision to disclose (or not). Director with step-up.")
            .RequireAuthorization(Policies.ApiWrite)
            .WithStepUp()
            .For(EndpointAudience.Director);

        group.MapPost("/{entryId:guid}/approval", async (Guid id, Guid entryId, DisclosureFollowUpCommand command, ApproveDisclosure useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/disclosures"), new CreatedId(await useCase.ExecuteAsync(id, entryId, command, ct))))
            .WithName("ApproveDisclosure")
            .WithSummary("Second director's approval (four eyes), with step-up.")
            .RequireAuthorization(Policies.ApiWrite)
            .WithStepUp()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        group.MapPost("/{entryId:guid}/corrections", async (Guid id, Guid entryId, DisclosureFollowUpCommand command, CorrectDisclosure useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/disclosures"), new CreatedId(await useCase.ExecuteAsync(id, entryId, command, ct))))
            .WithName("CorrectDisclosure")
            .WithSummary("Append a correction that refers to an entry (entries are never edited), with step-up.")
            .RequireAuthorization(Policies.ApiWrite)
            .WithStepUp()
            .For(EndpointAudience.Director);

        group.MapPost("/{entryId:guid}/team-share", async (Guid id, Guid entryId, ShareDisclosureWithTeam useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At($"participants/{id}/disclosures"), new CreatedId(await useCase.ExecuteAsync(id, entryId, ct))))
            .WithName("ShareDisclosureWithTeam")
            .WithSummary("Let the case team see that, and what, was disclosed.")
            .RequireAuthorization(Policies.ApiWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.Director);

        api.MapGet("/disclosures/register.csv", async (ExportDisclosureRegister useCase, CancellationToken ct) =>
                TypedResults.Text(await useCase.ExecuteAsync(ct), "text/csv; charset=utf-8"))
            .WithTags("Disclosure")
            .WithName("ExportDisclosureRegister")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSummary("The register of my programs as spreadsheet-safe CSV (no content, only its hash).")
            .For(EndpointAudience.AnyDirector);

        api.MapGet("/disclosure-policy", async (ManageDisclosurePolicy useCase, HttpContext http, CancellationToken ct) =>
            {
                var policy = await useCase.GetAsync(ct);
                ETags.Set(http.Response, policy.Version);
                return policy;
            })
            .WithTags("Disclosure")
            .WithName("GetDisclosurePolicy")
            .WithSummary("The organisation's thresholds, recipient agencies and four-eyes rule.")
            .ReturnsETag()
            .For(EndpointAudience.Self);

        api.MapPut("/disclosure-policy", async (DisclosurePolicyCommand command, ManageDisclosurePolicy useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.UpdateAsync(ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithTags("Disclosure")
            .WithName("UpdateDisclosurePolicy")
            .WithSummary("Maintain the thresholds, agencies and four-eyes rule (If-Match: the policy's version).")
            .RequireAuthorization(Policies.ApiWrite)
            .RequiresIfMatch()
            .ReturnsETag()
            .For(EndpointAudience.OrganisationAdmin);
    }

    private static List<DisclosableField> ParseFields(string? fields)
    {
        var result = new List<DisclosableField>();
        foreach (var name in (fields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<DisclosableField>(name, ignoreCase: false, out var field) || !Enum.IsDefined(field))
            {
                throw new Core.Common.DomainException($"'{name}' is not a field that can be disclosed.", "fields");
            }

            result.Add(field);
        }

        return result;
    }
}
