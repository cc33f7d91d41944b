namespace Offramp.Web.Api;

/// <summary>
/// Where the API lives. The version prefix is stated once: the route group is mapped under it and every Location header
/// is built from it, so moving to /api/v2 is one change.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    /// <summary>The absolute path of an API resource, e.g. <c>At($"participants/{id}")</c> is "/api/v1/participants/{id}".</summary>
    public static string At(string relativePath) => $"{Prefix}/{relativePath}";
}
