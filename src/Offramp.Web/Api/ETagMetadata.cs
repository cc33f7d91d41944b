namespace Offramp.Web.Api;

/// <summary>
/// Marks an endpoint that answers the record's version in an ETag header (<see cref="ETags.Set"/>), so the OpenAPI
/// document says where a client gets the value it must send back in If-Match.
/// </summary>
public sealed class ETagMetadata
{
    public static readonly ETagMetadata Instance = new();

    private ETagMetadata()
    {
    }
}

public static class ETagExtensions
{
    public static RouteHandlerBuilder ReturnsETag(this RouteHandlerBuilder builder) => builder.WithMetadata(ETagMetadata.Instance);
}
