using System.Net;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

using Microsoft.EntityFrameworkCore;

using Offramp.Web.Auth;

using Xunit;

namespace Offramp.TestSupport;

/// <summary>
/// A persona signed in to the Razor Pages UI through the real forms (password, then TOTP; antiforgery tokens read from
/// each form), holding the session cookie like a browser, so a test reads exactly the HTML that persona would receive.
/// </summary>
public sealed partial class PageSession : IDisposable
{
    private static readonly Uri Origin = new("https://localhost");

    private readonly HttpClient client;
    private readonly CookieContainer cookies;

    private PageSession(HttpClient client, CookieContainer cookies) => (this.client, this.cookies) = (client, cookies);

    /// <summary>The Cookie header this browser would send now: to replay it from elsewhere, as a thief would.</summary>
    public string CookieHeader => cookies.GetCookieHeader(Origin);

    /// <summary>
    /// A browser with no session on the world's app (or on <paramref name="app"/>), for tests that drive the sign-in forms
    /// themselves. <paramref name="headers"/> go with every request.
    /// </summary>
    public static PageSession Open(TestWorld world, WebApplicationFactory<Program>? app = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var cookies = new CookieContainer();
        var client = (app ?? world.App).CreateDefaultClient(Origin, new CookieContainerHandler(cookies));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        return new PageSession(client, cookies);
    }

    /// <summary>Signs in to the world's app, or to <paramref name="app"/> (the same database with other services, e.g. a fake clock).</summary>
    public static async Task<PageSession> SignInAsync(TestWorld world, Persona persona, WebApplicationFactory<Program>? app = null)
    {
        var (session, code) = await AttemptSignInAsync(world, persona, await world.SignInCodeAsync(persona), app);
        Assert.True(code.StatusCode == HttpStatusCode.Redirect && code.Headers.Location?.OriginalString == "/",
            $"{persona} could not sign in: {code.StatusCode} {code.Headers.Location}");
        return session;
    }

    /// <summary>Signs in an account that is not a persona (e.g. staff of another organisation), with its email and authenticator secret.</summary>
    public static Task<PageSession> SignInAsync(TestWorld world, string email, string totpSecret) =>
        SignInAsync(world.App, email, TestWorld.Password, totpSecret);

    /// <summary>Signs in to <paramref name="app"/> with any account's password and authenticator secret (e.g. a demo account).</summary>
    public static async Task<PageSession> SignInAsync(WebApplicationFactory<Program> app, string email, string accountPassword, string totpSecret)
    {
        // An authenticator code is accepted once per time step. Tests share one seeded demo and sign the same demo
        // account in within seconds of each other, so the record of the last step used is cleared first, as
        // TestWorld.SignInCodeAsync does for personas.
        if (app is OfframpAppFactory factory)
        {
            await factory.WithDbAsync(db => db.Set<IdentityUserToken<Guid>>()
                .Where(t => t.LoginProvider == SingleUseAuthenticatorTokenProvider.LoginProvider && db.Users.Any(u => u.Id == t.UserId && u.Email == email))
                .ExecuteDeleteAsync());
        }

        var cookies = new CookieContainer();
        var session = new PageSession(app.CreateDefaultClient(Origin, new CookieContainerHandler(cookies)), cookies);
        var password = await session.PostAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = accountPassword });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var code = await session.PostAsync(password.Headers.Location!.OriginalString, new() { ["Code"] = TestWorld.CodeAt(totpSecret, TestWorld.CurrentTimeStep()) });
        Assert.True(code.StatusCode == HttpStatusCode.Redirect && code.Headers.Location?.OriginalString == "/", $"{email} could not sign in: {code.StatusCode} {code.Headers.Location}");
        return session;
    }

    /// <summary>Password, then <paramref name="code"/>: the session and the answer to the code (a redirect home when accepted).</summary>
    public static async Task<(PageSession Session, HttpResponseMessage CodeAnswer)> AttemptSignInAsync(
        TestWorld world, Persona persona, string code, WebApplicationFactory<Program>? app = null)
    {
        var session = Open(world, app);
        var account = world.Account(persona);
        var password = await session.PostAsync("/Account/Login", new() { ["Input.Email"] = account.Email, ["Input.Password"] = TestWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        return (session, await session.PostAsync(password.Headers.Location!.OriginalString, new() { ["Code"] = code }));
    }

    /// <summary>The status and the page's HTML, decoded.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The raw response, redirects not followed: for tests of where the app sends the user.</summary>
    public Task<HttpResponseMessage> GetResponseAsync(string path) => client.GetAsync(path);

    /// <summary>The page's HTML as sent (not decoded); fails unless it answers 200.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="path"/> (or <paramref name="formPage"/>) for its anti-forgery token, then posts the form, to a handler if given.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? handler = null, string? formPage = null)
    {
        var form = await GetPageAsync(formPage ?? path);
        var token = Token().Match(form);
        Assert.True(token.Success, $"{formPage ?? path} has no anti-forgery token");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>Switches the signed-in user's language as the switcher in the page header does; fails unless it is taken.</summary>
    public async Task ChooseLanguageAsync(string code)
    {
        var response = await PostAsync("/Account/Language", new() { ["code"] = code, ["returnUrl"] = "/Catalogue" }, formPage: "/Catalogue");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"choosing '{code}' answered {response.StatusCode}");
    }

    /// <summary>Posts a multipart form (a file upload) as it is; the caller puts the anti-forgery token in it.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(string path, MultipartFormDataContent content) => client.PostAsync(path, content);

    /// <summary>The HTML of a response that must be 200 (a form shown again with its messages), decoded.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The part of <paramref name="html"/> from <paramref name="start"/> to the next <paramref name="end"/> (or the end); fails when <paramref name="start"/> is not there.</summary>
    public static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start} on the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }

    /// <summary>What a reader sees of <paramref name="html"/>: tags removed, runs of white space made one space.</summary>
    public static string TextOf(string html) => Spaces().Replace(Tags().Replace(html, ""), " ");

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
