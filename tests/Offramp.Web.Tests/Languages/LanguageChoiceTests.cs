using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// How the language is chosen, through the real pages: the browser's Accept-Language first, the switcher on every page
/// (the sign-in page included), the choice kept in the person's profile so it follows them to another browser, and
/// Arabic read right to left. Form messages written in English by Core reach a French reader in French.
/// </summary>
public sealed partial class LanguageChoiceTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Shared = "src/Offramp.Web/Resources/SharedResource.resx";

    [Theory]
    [BothProviders]
    public async Task The_sign_in_page_speaks_the_browsers_language_and_arabic_reads_right_to_left(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);

        using var english = PageSession.Open(world);
        var englishPage = await english.GetPageAsync("/Account/Login");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\"", englishPage, StringComparison.Ordinal);

        using var french = PageSession.Open(world, headers: new Dictionary<string, string> { ["Accept-Language"] = "fr-BE,fr;q=0.9,en;q=0.5" });
        var frenchPage = WebUtility.HtmlDecode(await french.GetPageAsync("/Account/Login"));
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\"", frenchPage, StringComparison.Ordinal);
        Assert.Contains(TranslationFiles.Text(Shared, "fr", "Sign in"), frenchPage, StringComparison.Ordinal);

        using var arabic = PageSession.Open(world, headers: new Dictionary<string, string> { ["Accept-Language"] = "ar-IQ" });
        var arabicPage = WebUtility.HtmlDecode(await arabic.GetPageAsync("/Account/Login"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\"", arabicPage, StringComparison.Ordinal);
        Assert.Contains(TranslationFiles.Text(Shared, "ar", "Sign in"), arabicPage, StringComparison.Ordinal);

        // Every language is offered in its own script, on the page where nobody has signed in yet.
        Assert.Contains(">Français</button>", WebUtility.HtmlDecode(englishPage), StringComparison.Ordinal);
        Assert.Contains(">العربية</button>", WebUtility.HtmlDecode(englishPage), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_switcher_changes_the_language_before_sign_in_and_refuses_one_it_does_not_speak(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var browser = PageSession.Open(world);

        var switched = await browser.PostAsync("/Account/Language", new() { ["code"] = "ar", ["returnUrl"] = "/Account/Login" }, formPage: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Account/Login", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\"", await browser.GetPageAsync("/Account/Login"), StringComparison.Ordinal);

        var unknown = await browser.PostAsync("/Account/Language", new() { ["code"] = "xx", ["returnUrl"] = "/" }, formPage: "/Account/Login");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        // A return address elsewhere is not followed: the switcher is no open redirect.
        var away = await browser.PostAsync("/Account/Language", new() { ["code"] = "en", ["returnUrl"] = "https://evil.example/" }, formPage: "/Account/Login");
        Assert.Equal("/", away.Headers.Location?.OriginalString);
    }

    [Theory]
    [BothProviders]
    public async Task A_signed_in_persons_choice_is_kept_in_their_profile_and_follows_them_to_another_browser(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var account = world.Account(Persona.Mentor);
        using (var first = await PageSession.SignInAsync(world, Persona.Mentor))
        {
            var switched = await first.PostAsync("/Account/Language", new() { ["code"] = "fr", ["returnUrl"] = "/" }, formPage: "/");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        Assert.Equal("fr", await world.DbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.Language).SingleAsync()));

        // A new browser whose own language is English: after sign-in, the profile's choice wins.
        using var second = await PageSession.SignInAsync(world, Persona.Mentor);
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\"", await second.GetPageAsync("/"), StringComparison.Ordinal);

        using var back = await PageSession.SignInAsync(world, Persona.Mentor);
        await back.PostAsync("/Account/Language", new() { ["code"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        Assert.Equal("en", await world.DbAsync(db => db.Users.Where(u => u.Id == account.UserId).Select(u => u.Language).SingleAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task A_forms_messages_reach_a_french_reader_in_french(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var empty = new Dictionary<string, string> { ["Input.GivenName"] = "", ["Input.FamilyName"] = "", ["Input.ReferredOn"] = "" };

        var englishMessages = Errors(await PageSession.HtmlAsync(await caseworker.PostAsync("/Participants/New", new(empty))));
        Assert.NotEmpty(englishMessages);

        await caseworker.PostAsync("/Account/Language", new() { ["code"] = "fr", ["returnUrl"] = "/" }, formPage: "/");
        var frenchPage = await PageSession.HtmlAsync(await caseworker.PostAsync("/Participants/New", new(empty)));
        var messages = TranslationFiles.Read("src/Offramp.Web/Resources/Messages.fr.resx");
        foreach (var english in englishMessages)
        {
            Assert.True(messages.TryGetValue(english, out var french), $"no French for \"{english}\"");
            Assert.Contains(french, frenchPage, StringComparison.Ordinal);
            Assert.DoesNotContain(english, frenchPage, StringComparison.Ordinal);
        }
    }

    private static List<string> Errors(string html) =>
        FieldError().Matches(html).Select(m => m.Groups[1].Value.Trim()).Where(m => m.Length > 0).Distinct().ToList();

    [GeneratedRegex("<span class=\"field-error[^\"]*\"[^>]*>([^<]+)</span>")]
    private static partial Regex FieldError();
}
