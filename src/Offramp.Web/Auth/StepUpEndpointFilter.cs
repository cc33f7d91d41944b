using Offramp.Hosting.Security;

namespace Offramp.Web.Auth;

/// <summary>
/// For API endpoints that need step-up: when the request carries <see cref="StepUpVerifier.Header"/>, the code is
/// verified (and the step-up recorded) before the use case runs; the use case itself decides whether one is required.
/// </summary>
public sealed class StepUpEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers.TryGetValue(StepUpVerifier.Header, out var code) && !string.IsNullOrWhiteSpace(code))
        {
            await ActivatorUtilities.CreateInstance<StepUpVerifier>(http.RequestServices).VerifyAsync(code.ToString(), http.RequestAborted);
        }

        return await next(context);
    }
}

/// <summary>Marks an endpoint that reads <see cref="StepUpVerifier.Header"/>, so the OpenAPI document declares the header there.</summary>
public sealed class StepUpMetadata
{
    public static readonly StepUpMetadata Instance = new();

    private StepUpMetadata()
    {
    }
}

public static class StepUpEndpointExtensions
{
    public static RouteHandlerBuilder WithStepUp(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<StepUpEndpointFilter>().WithMetadata(StepUpMetadata.Instance);
}
