namespace Offramp.Web.Api;

/// <summary>
/// Marks an endpoint that reads If-Match through <see cref="ETags.RequireIfMatch"/>, so the OpenAPI document declares
/// the header and its answers (400 unreadable, 412 stale, 428 missing) where the handler really asks for it.
/// </summary>
public sealed class IfMatchMetadata
{
    public static readonly IfMatchMetadata Instance = new();

    private IfMatchMetadata()
    {
    }
}

public static class IfMatchExtensions
{
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) => builder.WithMetadata(IfMatchMetadata.Instance);
}
