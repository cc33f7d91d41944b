using System.Net;
using System.Net.Sockets;

using Microsoft.AspNetCore.Diagnostics;

using Offramp.Hosting.Security;
using Offramp.Web.Pages;

namespace Offramp.Web.Auth.RateLimits;

/// <summary>Which requests try a credential, and from which client network.</summary>
public static class CredentialRequests
{
    public const string SignIn = "sign-in";
    public const string StepUpKind = "step-up";
    public const string Tokens = "tokens";

    private const string StepUpFormKey = "offramp:step-up-form";

    private static readonly string[] SignInForms = ["/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/EnrolAuthenticator"];

    /// <summary>The kind of credential a request tries, or null for every other request (which is never limited here).</summary>
    public static string? KindOf(HttpContext http)
    {
        var request = http.Request;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The error page shown for a refused request: counted once already.
            return null;
        }

        if (request.Headers.ContainsKey(StepUpVerifier.Header) || http.Items.ContainsKey(StepUpFormKey))
        {
            return StepUpKind;
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        if (request.Path.StartsWithSegments(Api.ApiRoutes.At("tokens"), StringComparison.OrdinalIgnoreCase) ||
            request.Path.StartsWithSegments("/Settings/Tokens", StringComparison.OrdinalIgnoreCase))
        {
            return Tokens;
        }

        return SignInForms.Any(form => request.Path.Equals(form, StringComparison.OrdinalIgnoreCase)) ? SignIn : null;
    }

    /// <summary>
    /// Marks a form post that carries a step-up code, so the limiter (which cannot read a body) knows it. The form is
    /// read once here and kept by ASP.NET Core for model binding.
    /// </summary>
    public static async Task MarkStepUpFormsAsync(HttpContext http, Func<Task> next)
    {
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && !http.Request.Path.StartsWithSegments("/api"))
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (!string.IsNullOrWhiteSpace(form[StepUp.Field]))
            {
                http.Items[StepUpFormKey] = true;
            }
        }

        await next();
    }

    /// <summary>The client's address; IPv6 by its /64, which one subscriber usually holds whole.</summary>
    public static string ClientNetwork(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
