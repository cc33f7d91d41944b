using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// The agreement page's cautions read in the reader's language: a kappa's small-number warning (with the statistic's
/// name, itself translated, inside it) and the report's own caution about people left out, with their counts. Before,
/// the statistics library wrote these as finished English sentences, so a French or Arabic page showed them in English.
/// The evidence hub's cautions (too few programs to pool, the meta-analysis's own) likewise.
/// </summary>
public sealed partial class StatisticsCautionLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";
    private static readonly string[] Levels = ["absent", "partly", "present"];

    [Theory]
    [BothProviders]
    public async Task Agreement_cautions_read_in_french_and_arabic_with_their_counts(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var participant = await world.AssessedCaseAsync();
        for (var a = 0; a < 3; a++)
        {
            var assessment = await world.OpenAssessmentAsync(participant.ParticipantId, instrument, daysAgo: 40 - a);
            var first = new Dictionary<string, string>();
            var second = new Dictionary<string, string>();
            for (var j = 0; j < TestWorld.OpenInstrumentItems.Count; j++)
            {
                var item = TestWorld.OpenInstrumentItems[j];
                (first[item], second[item]) = (Levels[(a + j) % 3], Levels[(a + j + (j % 2)) % 3]);
            }

            await world.RateAsync(participant.ParticipantId, assessment, Persona.Psychologist, TestWorld.Ratings(overrides: first));
            await world.RateAsync(participant.ParticipantId, assessment, Persona.FaithCounsellor, TestWorld.Ratings(overrides: second));
        }

        // One more assessment rated by one rater only: its items are left out of every figure, and the report says so.
        var half = await world.OpenAssessmentAsync(participant.ParticipantId, instrument, daysAgo: 10);
        await world.RateAsync(participant.ParticipantId, half, Persona.Psychologist, TestWorld.Ratings());

        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Agreement?programId={world.ProgramId}";
        var items = TestWorld.OpenInstrumentItems.Count;
        const string SmallItem = "Only 3 people rated by every rater: linear-weighted Cohen's kappa could change a lot with one more rating; read its confidence interval rather than the single figure, and do not compare it with other teams.";
        var leftOut = $"{items} of {4 * items} people were left out because at least one rater gave no usable rating (0 left blank, 0 rated unknown / could not rate, {items} never rated). Agreement is measured only on the people every rater rated.";
        try
        {
            await evaluator.ChooseLanguageAsync("en");
            var english = WebUtility.HtmlDecode(await evaluator.GetPageAsync(page));
            Assert.Contains(SmallItem, english, StringComparison.Ordinal);
            Assert.Contains(leftOut, english, StringComparison.Ordinal);

            foreach (var language in new[] { "fr", "ar" })
            {
                await evaluator.ChooseLanguageAsync(language);
                var html = WebUtility.HtmlDecode(await evaluator.GetPageAsync(page));

                var smallItem = Translated(language, "Only {0} {1}: {2}.", 3, Translated(language, "people rated by every rater"),
                    Translated(language, "{0} could change a lot with one more rating; read its confidence interval rather than the single figure, and do not compare it with other teams",
                        Translated(language, "linear-weighted Cohen's kappa")));
                Assert.Contains(smallItem, html, StringComparison.Ordinal);
                Assert.Contains(
                    Translated(language, "{0} of {1} people were left out because at least one rater gave no usable rating ({2} left blank, {3} rated unknown / could not rate, {4} never rated). Agreement is measured only on the people every rater rated.", items, 4 * items, 0, 0, items),
                    html, StringComparison.Ordinal);
                Assert.DoesNotContain(SmallItem, html, StringComparison.Ordinal);
                Assert.DoesNotContain(leftOut, html, StringComparison.Ordinal);
                Assert.DoesNotContain("could change a lot", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            // The language is the evaluator's own setting, kept for this class's other tests as English.
            await evaluator.ChooseLanguageAsync("en");
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_hubs_pooling_cautions_read_in_french_and_arabic_with_their_counts(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(0, seed: 1);
        }

        using var admin = await PageSession.SignInAsync(app, DemoAccounts.HubAdmin.Email, DemoAccounts.Password, DemoAccounts.HubAdmin.TotpSecret);
        var page = $"/Hub?Query.BreakDownBy={Uri.EscapeDataString("exit-status-at-entry@Offramp coded profile")}";
        var english = Cautions(await admin.GetPageAsync(page));
        var templates = TranslationFiles.Read(ReportText).Keys.Where(k => k.Contains("{0}", StringComparison.Ordinal)).ToList();
        var worded = english.Select(text => Worded(text, templates)).ToList();

        // Both kinds of caution are on the page: the hub's own (programs) and the meta-analysis's (studies).
        Assert.Contains(worded, w => w.Key.Contains("program", StringComparison.Ordinal));
        Assert.Contains(worded, w => w.Key.Contains("studies", StringComparison.Ordinal));
        foreach (var language in new[] { "fr", "ar" })
        {
            await admin.ChooseLanguageAsync(language);
            var shown = Cautions(await admin.GetPageAsync(page));
            Assert.Equal(worded.Select(w => Translated(language, w.Key, [.. w.Values])), shown);
        }
    }

    /// <summary>The template an English caution was worded from, and its values (the hub's are whole numbers).</summary>
    private static (string Key, object[] Values) Worded(string english, List<string> templates)
    {
        var matches = templates
            .Select(key => (Key: key, Match: Regex.Match(english, "^" + Hole().Replace(Regex.Escape(key).Replace(@"\{", "{", StringComparison.Ordinal), @"(\d+)") + "$")))
            .Where(m => m.Match.Success)
            .ToList();
        var (key, match) = Assert.Single(matches);
        return (key, [.. match.Groups.Values.Skip(1).Select(g => (object)int.Parse(g.Value, CultureInfo.InvariantCulture))]);
    }

    private static List<string> Cautions(string html) => [.. Caution().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Hole();

    [GeneratedRegex("class=\"warning\"[^>]*>([^<]*)<")]
    private static partial Regex Caution();


    private static string Translated(string language, string key, params object[] values) =>
        TranslationFiles.Worded(ReportText, language, key, values);
}
