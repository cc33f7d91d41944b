using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Justice;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// Date fields follow the page's language, not the browser's: an English page asks for 2026-10-24, a French or Arabic
/// one for 24/10/2026, each with a hint in its own words, and what is typed is read that way (day first, never month
/// first; ISO and Arabic-Indic digits too). Before, the browser's date input showed its own locale (10/24/2026 in a US
/// browser on any page), and a day-first date typed as text would have been read month first.
/// </summary>
public sealed partial class DateEntryTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_date_is_typed_shown_and_read_in_the_pages_language(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var path = $"/Participants/Justice?id={participant.Id}";

        // Day first on a French page: 5 October, not 10 May; Arabic-Indic digits on an Arabic page; ISO on either.
        await caseworker.ChooseLanguageAsync("fr");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(caseworker, path, JusticeEventKind.Arrest, "05/10/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(caseworker, path, JusticeEventKind.CustodyStart, "2025-10-08")).StatusCode);
        await caseworker.ChooseLanguageAsync("ar");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(caseworker, path, JusticeEventKind.Charge, "٠٦/١٠/٢٠٢٥")).StatusCode);

        var stored = await world.DbAsync(db => db.Set<JusticeEvent>().Where(e => e.ParticipantId == participant.Id).ToDictionaryAsync(e => e.Kind, e => e.OccurredOn));
        Assert.Equal(new DateOnly(2025, 10, 5), stored[JusticeEventKind.Arrest]);
        Assert.Equal(new DateOnly(2025, 10, 6), stored[JusticeEventKind.Charge]);
        Assert.Equal(new DateOnly(2025, 10, 8), stored[JusticeEventKind.CustodyStart]);

        // Shown back for correcting, each language its way, with its hint; no browser date input is left.
        var arrest = await world.DbAsync(db => db.Set<JusticeEvent>().SingleAsync(e => e.ParticipantId == participant.Id && e.Kind == JusticeEventKind.Arrest));
        foreach (var (language, value, hint) in new[] { ("en", "2025-10-05", "YYYY-MM-DD"), ("fr", "05/10/2025", "jj/mm/aaaa"), ("ar", "05/10/2025", "يوم/شهر/سنة") })
        {
            await caseworker.ChooseLanguageAsync(language);
            var html = await caseworker.GetPageAsync($"{path}&eventId={arrest.Id}");
            var field = DateField().Match(WebUtility.HtmlDecode(html));
            Assert.True(field.Success, $"{language}: no date field for Input.OccurredOn");
            Assert.Contains("type=\"text\"", field.Value, StringComparison.Ordinal);
            Assert.Contains($"value=\"{value}\"", field.Value, StringComparison.Ordinal);
            Assert.Contains($"placeholder=\"{hint}\"", field.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("type=\"date\"", html, StringComparison.Ordinal);
        }

        await caseworker.ChooseLanguageAsync("en");
    }

    [Theory]
    [BothProviders]
    public async Task A_date_that_cannot_be_read_is_refused_beside_its_field_in_the_readers_language_and_nothing_is_stored(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var path = $"/Participants/Justice?id={participant.Id}";

        // An English page does not guess between 7 October and 10 July.
        const string messages = "src/Offramp.Web/Resources/Messages.resx";
        const string unreadable = "Enter a date such as 2026-10-24.";
        foreach (var (language, typed, message) in new[]
                 {
                     ("en", "07/10/2025", unreadable),
                     ("fr", "31/02/2025", TranslationFiles.Text(messages, "fr", unreadable)),
                     ("ar", "2025/10/07", TranslationFiles.Text(messages, "ar", unreadable)),
                 })
        {
            await caseworker.ChooseLanguageAsync(language);
            var refused = await RecordAsync(caseworker, path, JusticeEventKind.Arrest, typed);
            var html = await PageSession.HtmlAsync(refused);
            Assert.Contains($"<span class=\"field-error field-validation-error\" data-valmsg-for=\"Input.OccurredOn\" data-valmsg-replace=\"true\">{message}</span>", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{typed}\"", html, StringComparison.Ordinal);
        }

        await caseworker.ChooseLanguageAsync("en");
        Assert.False(await world.DbAsync(db => db.Set<JusticeEvent>().AnyAsync(e => e.ParticipantId == participant.Id)));
    }

    private static Task<HttpResponseMessage> RecordAsync(PageSession session, string path, JusticeEventKind kind, string occurredOn) =>
        session.PostAsync(path, new() { ["Version"] = "0", ["Input.Kind"] = kind.ToString(), ["Input.OccurredOn"] = occurredOn, ["Input.Reference"] = "Court 4" });


    [GeneratedRegex("<input[^>]*name=\"Input.OccurredOn\"[^>]*>")]
    private static partial Regex DateField();
}
