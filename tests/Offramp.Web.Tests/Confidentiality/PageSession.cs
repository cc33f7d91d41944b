using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Mvc.Testing;

using Offramp.TestSupport;

using OtpNet;

namespace Offramp.Web.Tests.Confidentiality;

/// <summary>
/// A persona signed in to the Razor Pages UI through the real forms (password, then TOTP; antiforgery tokens read from
/// each form), holding the session cookie, so a test reads exactly the HTML that persona's browser would receive.
/// </summary>
internal sealed partial class PageSession : IDisposable
{
    private readonly HttpClient client;

    private PageSession(HttpClient client) => this.client = client;

    public static async Task<PageSession> SignInAsync(TestWorld world, Persona persona)
    {
        var client = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var session = new PageSession(client);
        var account = world.Account(persona);
        var afterPassword = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = account.Email, ["Input.Password"] = TestWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        var code = new Totp(Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp();
        var afterCode = await session.PostFormAsync(afterPassword.Headers.Location!.OriginalString, new() { ["Code"] = code });
        Assert.True(afterCode.StatusCode == HttpStatusCode.Redirect && afterCode.Headers.Location?.OriginalString == "/",
            $"{persona} could not sign in: {afterCode.StatusCode} {afterCode.Headers.Location}");
        return session;
    }

    /// <summary>The page's HTML; fails unless it answers 200.</summary>
    public async Task<string> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {response.StatusCode}");
        return html;
    }

    public void Dispose() => client.Dispose();

    /// <summary>GETs the form first for its antiforgery token (and cookie), then posts the fields with it.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields)
    {
        var form = await GetPageAsync(url);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups["token"].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
