using Offramp.Web.Auth;

namespace Offramp.Web.Api;

/// <summary>The JSON API: one route group under <see cref="ApiRoutes.Prefix"/>, a token on every call, each feature's route table in its own file.</summary>
public static class OfframpApi
{
    public static void MapOfframpApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.Prefix).RequireAuthorization(Policies.ApiRead).DisableAntiforgery().WithProblemResponses().RequireReadsOnRecord();
        ParticipantEndpoints.Map(api);
        CaseEndpoints.Map(api);
        TimelineEndpoints.Map(api);
        AdminEndpoints.Map(api);
        RoleRequestEndpoints.Map(api);
        AuditEndpoints.Map(api);
        AccountEndpoints.Map(api);
        WorklistEndpoints.Map(api);
        AssessmentEndpoints.Map(api);
        InstrumentEndpoints.Map(api);
        CodedProfileEndpoints.Map(api);
        ConcernEndpoints.Map(api);
        DisclosureEndpoints.Map(api);
        BreakGlassEndpoints.Map(api);
        SubjectAccessEndpoints.Map(api);
        ErasureEndpoints.Map(api);
        CatalogueEndpoints.MapProgramJourney(api);
        EvaluationEndpoints.Map(api);
        EvidenceEndpoints.Map(api);
        HubEndpoints.Map(api);
        api.MapFallback(() => Results.Problem(statusCode: 404, title: "Not found.")).For(EndpointAudience.Self);
    }
}
