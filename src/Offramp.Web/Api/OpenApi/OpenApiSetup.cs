namespace Offramp.Web.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json: what the endpoints declare, plus what only the document can say.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddOfframpOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<DocumentDescriptionTransformer>();
            options.AddOperationTransformer<BearerTokenTransformer>();
            options.AddOperationTransformer<IfMatchHeaderTransformer>();
            options.AddOperationTransformer<StepUpHeaderTransformer>();
            options.AddOperationTransformer<ETagHeaderTransformer>();
            options.AddSchemaTransformer<StringEnumSchemaTransformer>();
            options.AddSchemaTransformer<PerLanguageTextSchemaTransformer>();
        });
}
