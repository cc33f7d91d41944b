using System.Security.Claims;

using Offramp.Core.Common;

namespace Offramp.Web.Infrastructure;

/// <summary>The signed-in user of the current request, for scope and audit.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganisationId => Guid.TryParse(User?.FindFirstValue(OfframpClaims.Organisation), out var id) ? id : null;

    public string Origin => accessor.HttpContext is { } http ? http.Connection.RemoteIpAddress?.ToString() ?? "unknown" : "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;
}

public static class OfframpClaims
{
    public const string Organisation = "offramp:org";
    public const string SignedInAt = "offramp:signed-in-at";
    public const string TokenScopes = "offramp:token-scopes";
}
