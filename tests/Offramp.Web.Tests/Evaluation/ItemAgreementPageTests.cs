using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Offramp.Statistics.Agreement;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// Agreement per item on the agreement page: for each item the page shows the kappa the statistics library computes
/// from that item's ratings alone (here given to the library directly, as the CLI reads a long CSV of scale positions),
/// the worst-agreeing items first, with the library's small-number warnings; and a clear empty state without ratings.
/// </summary>
public sealed partial class ItemAgreementPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly string[] Levels = ["absent", "partly", "present"];

    [Theory]
    [BothProviders]
    public async Task Each_items_kappa_is_the_librarys_on_that_items_ratings_and_the_worst_come_first(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        var name = definition["name"]!.GetValue<string>();
        var instrument = await world.ImportInstrumentAsync(definition);
        var participant = await world.AssessedCaseAsync();
        var expected = TestWorld.OpenInstrumentItems.ToDictionary(i => i, _ => new RatingMatrixBuilder(new RatingMatrixOptions { Levels = ["0", "1", "2"] }));
        for (var a = 0; a < 6; a++)
        {
            var assessment = await world.OpenAssessmentAsync(participant.ParticipantId, instrument, daysAgo: 60 - a);
            var first = new Dictionary<string, string>();
            var second = new Dictionary<string, string>();
            for (var j = 0; j < TestWorld.OpenInstrumentItems.Count; j++)
            {
                var item = TestWorld.OpenInstrumentItems[j];
                var one = (a + j) % 3;
                var two = (j % 3) switch { 0 => one, 1 => a % 2 == 0 ? one : (one + 1) % 3, _ => (one + a + 1) % 3 };
                (first[item], second[item]) = (Levels[one], Levels[two]);
                expected[item].Add($"{a}", "first", one.ToString(CultureInfo.InvariantCulture));
                expected[item].Add($"{a}", "second", two.ToString(CultureInfo.InvariantCulture));
            }

            await world.RateAsync(participant.ParticipantId, assessment, Persona.Psychologist, TestWorld.Ratings(overrides: first));
            await world.RateAsync(participant.ParticipantId, assessment, Persona.FaithCounsellor, TestWorld.Ratings(overrides: second));
        }

        var kappas = expected.ToDictionary(e => e.Key, e => AgreementAnalysis.Analyze(e.Value.Build()).CohenKappa.Single(k => k.Weighting == KappaWeighting.Linear));
        var texts = ItemTexts(definition);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var rows = ItemRows(Section(await evaluator.GetPageAsync($"/Evaluation/Agreement?programId={world.ProgramId}"), name));

        Assert.Equal(TestWorld.OpenInstrumentItems.Order(StringComparer.Ordinal), rows.Select(r => r.Key).Order(StringComparer.Ordinal));
        foreach (var (key, row) in rows)
        {
            var kappa = kappas[key];
            Assert.Contains($"<th scope=\"row\">{texts[key]}</th>", WebUtility.HtmlDecode(row), StringComparison.Ordinal);
            Assert.Contains("data-testid=\"item-n\">6<", row, StringComparison.Ordinal);
            Assert.Equal(6, kappa.N);
            if (double.IsFinite(kappa.Kappa))
            {
                Assert.Contains($"data-value=\"{Full(kappa.Kappa)}\"", row, StringComparison.Ordinal);
                Assert.Contains($"data-lower=\"{Full(kappa.Interval.Lower)}\" data-upper=\"{Full(kappa.Interval.Upper)}\"", row, StringComparison.Ordinal);
            }

            Assert.NotEmpty(kappa.Warnings);
            foreach (var warning in kappa.Warnings)
            {
                Assert.Contains(warning.Message, WebUtility.HtmlDecode(row), StringComparison.Ordinal);
            }
        }

        var worstFirst = TestWorld.OpenInstrumentItems.Select(i => kappas[i].Kappa).Where(double.IsFinite).Order().ToList();
        Assert.True(worstFirst.Distinct().Count() >= 3, "the ratings should give items of clearly different agreement");
        var shown = rows.Select(r => Value().Match(r.Row).Groups[1].Value).ToList();
        Assert.Equal(worstFirst.Select(Full), shown.Take(worstFirst.Count));
        Assert.All(shown.Skip(worstFirst.Count), v => Assert.Equal("", v));
    }

    [Theory]
    [BothProviders]
    public async Task Without_ratings_the_page_says_so_rather_than_failing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var empty = await world.CreateEvaluationProgramAsync("No ratings");
        var definition = TestWorld.OpenInstrument();
        var name = definition["name"]!.GetValue<string>();
        var instrument = await world.ImportInstrumentAsync(definition);
        var participant = await world.AssessedCaseAsync();
        await world.OpenAssessmentAsync(participant.ParticipantId, instrument);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var (status, html) = await evaluator.GetAsync($"/Evaluation/Agreement?programId={empty}");
        var unrated = Section(await evaluator.GetPageAsync($"/Evaluation/Agreement?programId={world.ProgramId}"), name);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"no-instruments\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"item-agreement\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-item-ratings\"", unrated, StringComparison.Ordinal);
        Assert.Contains("No item has been rated yet", unrated, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"item-agreement\"", unrated, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ItemTexts(JsonObject definition) =>
        definition["domains"]!.AsArray().SelectMany(d => d!["items"]!.AsArray())
            .ToDictionary(i => i!["key"]!.GetValue<string>(), i => (i!["text"] is JsonObject texts ? texts["en"] : i["text"])!.GetValue<string>());

    /// <summary>The instrument's card on the page: each test rates an instrument of its own.</summary>
    private static string Section(string html, string instrument)
    {
        var start = html.IndexOf($"aria-label=\"{instrument}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no section for {instrument}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static List<(string Key, string Row)> ItemRows(string section) =>
        [.. ItemRow().Matches(section).Select(m => (m.Groups[1].Value, m.Value))];

    private static string Full(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr data-item=\"([^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex ItemRow();

    [GeneratedRegex("data-value=\"([^\"]*)\"")]
    private static partial Regex Value();
}
