using System.Globalization;

using Microsoft.Net.Http.Headers;

namespace Offramp.Web.Api;

/// <summary>
/// Versions travel as strong ETags ("3"). Writes must send If-Match: without it the API answers 428, with a stale
/// one 412, so nobody overwrites a colleague's change without seeing it.
/// </summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Of(version);

    public static int RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak &&
            int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new BadHttpRequestException("If-Match must be the ETag returned by a previous GET, e.g. \"3\".");
    }
}

public sealed class PreconditionRequiredException() : Exception("Send If-Match with the ETag of the version you edited.");
