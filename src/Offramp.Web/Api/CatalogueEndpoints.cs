using Offramp.Core.ProgramCatalogue;
using Offramp.Web.Api.Contracts;

namespace Offramp.Web.Api;

/// <summary>
/// The program catalogue (templates with modules and expected dose) and program settings. <see cref="MapProgramJourney"/>
/// maps this and the other endpoints of the program journey: plans, mentoring, network, transition, follow-ups, outcomes.
/// </summary>
public static class CatalogueEndpoints
{
    public static void MapProgramJourney(RouteGroupBuilder api)
    {
        Map(api);
        PlanEndpoints.Map(api);
        MentoringEndpoints.Map(api);
        NetworkEndpoints.Map(api);
        TransitionEndpoints.Map(api);
        FollowUpEndpoints.Map(api);
        OutcomeEndpoints.Map(api);
    }

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/catalogue").WithTags("Program catalogue");

        group.MapGet("/templates", async (ListTemplates useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListTemplates")
            .WithSummary("The organisation's program templates with modules and expected dose.")
            .For(EndpointAudience.Self);

        group.MapGet("/programs", async (ListProgramSettings useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListProgramSettings")
            .WithSummary("How each program runs its cycles: all programs for the organisation admin, the directed ones for a director.")
            .For(EndpointAudience.Self);

        // The body is read as JSON, not bound to TemplateDefinition: a text may be a map of language to text, which only
        // the schema check and the translations' extraction understand (see TemplateFile).
        group.MapPost("/templates", async (HttpRequest request, DefineTemplate useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At("catalogue/templates"), new CreatedId(await useCase.ExecuteAsync(await JsonBody.ReadAsync(request, ct), ct))))
            .WithName("DefineTemplate")
            .WithSummary("Add or replace (by key) a template: a new program model is data, not code. The body has the shape of the files in program-templates/ (schemas/program-template.schema.json): a module's name and description, and the template's description, target group, success measure and source gaps, may each be a string in English or a map of language to text with English required ({\"en\": \"...\", \"fr\": \"...\", \"ar\": \"...\"}); a language left out shows the English. Problems are named by field, all at once.")
            .Accepts<TemplateDefinition>("application/json")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        group.MapPost("/templates/shipped", async (DefineTemplate useCase, CancellationToken ct) =>
                TypedResults.Ok(new ShippedTemplatesLoaded(await useCase.LoadShippedAsync(ct))))
            .WithName("LoadShippedTemplates")
            .WithSummary("Load the shipped templates (Back on Track, Entré, Healthy Identity Intervention, Sri Lanka streams).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.OrganisationAdmin);

        api.MapPut("/admin/programs/{programId:guid}/settings", async (Guid programId, ProgramSettingsCommand command, ApplyTemplateToProgram useCase, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(programId, command, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Program catalogue")
            .WithName("ApplyTemplateToProgram")
            .WithSummary("Set the template a program follows, its review interval and follow-up horizons (the organisation admin, or the program's director).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .For(EndpointAudience.ProgramSettings);
    }
}
