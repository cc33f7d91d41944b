using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Mvc.Testing;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Programs;

/// <summary>
/// A browser-less sign-in to the Razor Pages: password, then the TOTP code, with the cookie and the anti-forgery
/// token carried like a browser would. Pages answer HTML, which the tests read decoded.
/// </summary>
public sealed partial class PageSession(HttpClient client)
{
    public static async Task<PageSession> SignInAsync(TestWorld world, Persona persona)
    {
        var client = world.App.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        });
        var session = new PageSession(client);
        var account = world.Account(persona);
        var password = await session.PostAsync("/Account/Login", new() { ["Input.Email"] = account.Email, ["Input.Password"] = TestWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var secondFactor = password.Headers.Location!.OriginalString;
        var code = await session.PostAsync(secondFactor, new() { ["Code"] = world.StepUpCode(persona) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return session;
    }

    /// <summary>The page's HTML, decoded, when it answers 200; otherwise the status it answered.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens <paramref name="path"/> for its anti-forgery token, then posts the form to it (with a handler if given).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? handler = null, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Token().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"{path} has no anti-forgery token");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
