using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Common;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Organisations;
using Offramp.Hosting.Demo;
using Offramp.Reports;
using Offramp.Statistics.Meta;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// What evaluators read beside the figures, in their language: the meta-analysis's counted cautions (one study, two
/// studies, eleven iterations each take their own form in Arabic), why an instrument has no agreement figures, the hub's
/// pooled measures and its figures written the reader's way, and a bundle's codes (program kind, aims, movements) as
/// the labels of the values behind them. Before, these were English inside French and Arabic pages: "1 iterations",
/// "Agreement needs at least two raters", "Proportion (logit, back-transformed)", "Detention or camp", "0.25".
/// </summary>
public sealed partial class EvaluationWordsLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string EnumText = "src/Offramp.Reports/Resources/EnumText.resx";
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";

    [Fact]
    public async Task Meta_analysis_cautions_count_in_each_language_s_forms()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var twoStudies = Worded(RandomEffectsMetaAnalysis.Fit([0.1, 0.4], [0.02, 0.03]), "Only ");
        var oneIteration = Worded(
            RandomEffectsMetaAnalysis.Fit([0.1, 0.9, 0.4, -0.3, 0.6, 1.2], [0.01, 0.02, 0.03, 0.01, 0.02, 0.01], new MetaAnalysisOptions(MaxIterations: 1)),
            "REML did not converge");
        var elevenIterations = Phrase.FromTemplate(oneIteration.Template, [11]);

        var said = await SayAsync(world, [twoStudies, oneIteration, elevenIterations]);

        Assert.StartsWith("Only 2 studies, fewer than 3", said["en"][0], StringComparison.Ordinal);
        Assert.StartsWith("REML did not converge in 1 iteration:", said["en"][1], StringComparison.Ordinal);
        Assert.StartsWith("REML did not converge in 11 iterations:", said["en"][2], StringComparison.Ordinal);
        Assert.StartsWith("Seulement 2 études, moins de 3", said["fr"][0], StringComparison.Ordinal);
        Assert.StartsWith("REML n'a pas convergé en 1 itération :", said["fr"][1], StringComparison.Ordinal);
        Assert.StartsWith("REML n'a pas convergé en 11 itérations :", said["fr"][2], StringComparison.Ordinal);
        Assert.StartsWith("دراستان فقط، أي أقل من 3", said["ar"][0], StringComparison.Ordinal);
        Assert.StartsWith("لم تتقارب طريقة REML خلال تكرار واحد:", said["ar"][1], StringComparison.Ordinal);
        Assert.StartsWith("لم تتقارب طريقة REML خلال 11 تكرارًا:", said["ar"][2], StringComparison.Ordinal);

        // The advice names the method the way every reader can choose it, not as a command-line flag.
        Assert.All(said.Values.SelectMany(s => s.Skip(1)), text => Assert.Contains("DerSimonian–Laird", text, StringComparison.Ordinal));
        Assert.All(said.Values.SelectMany(s => s), text => Assert.DoesNotContain("--method", text, StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task An_instrument_rated_by_one_rater_says_why_it_has_no_agreement_in_the_readers_language(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var participant = await world.AssessedCaseAsync();
        var assessment = await world.OpenAssessmentAsync(participant.ParticipantId, instrument);
        await world.RateAsync(participant.ParticipantId, assessment, Persona.Psychologist, TestWorld.Ratings());

        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Agreement?programId={world.ProgramId}";
        var expected = new Dictionary<string, string>
        {
            ["en"] = "Agreement needs at least two raters, but the ratings name only one (",
            ["fr"] = "L'accord demande au moins deux évaluateurs, mais les évaluations n'en nomment qu'un (",
            ["ar"] = "يتطلب حساب الاتفاق مقيّمَين اثنين على الأقل، لكن التقييمات لا تذكر إلا مقيّمًا واحدًا (",
        };
        try
        {
            foreach (var (language, text) in expected)
            {
                await evaluator.ChooseLanguageAsync(language);
                var html = WebUtility.HtmlDecode(await evaluator.GetPageAsync(page));
                Assert.Contains(text, html, StringComparison.Ordinal);
                if (language != "en")
                {
                    Assert.DoesNotContain(expected["en"], html, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            await evaluator.ChooseLanguageAsync("en");
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_hub_words_its_measures_numbers_and_bundle_codes_in_french_and_arabic(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(0, seed: 1);
        }

        using var admin = await PageSession.SignInAsync(app, DemoAccounts.HubAdmin.Email, DemoAccounts.Password, DemoAccounts.HubAdmin.TotpSecret);
        var english = await admin.GetPageAsync("/Hub");
        Assert.Contains(ReportLabels.PooledProportion, Pooled(english), StringComparison.Ordinal);

        var measures = new Dictionary<string, string>
        {
            ["fr"] = "Proportion (logit, retransformée)",
            ["ar"] = "النسبة (لوجيت، بعد التحويل العكسي)",
        };
        foreach (var (language, measure) in measures)
        {
            await admin.ChooseLanguageAsync(language);
            var html = await admin.GetPageAsync("/Hub");
            var pooled = Pooled(html);
            Assert.Contains(measure, pooled, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportLabels.PooledProportion, pooled, StringComparison.Ordinal);
            if (language == "fr")
            {
                // Percentages, τ², I² and Q with a decimal comma; none in the invariant culture's point.
                Assert.Matches(@"\d,\d", pooled);
                Assert.DoesNotMatch(@"\d\.\d", pooled);
            }

            var labels = TranslationFiles.Read(TranslationFiles.TranslationOf(EnumText, language));
            AssertOptionsAreLabels<ProgramKind>(html, "kind", labels);
            AssertOptionsAreLabels<ProgramAims>(html, "aim", labels);
            AssertOptionsAreLabels<Core.Evidence.Publishing.Movement>(html, "movement", labels);
        }

        await admin.ChooseLanguageAsync("en");
    }

    [Theory]
    [BothProviders]
    public async Task A_proposed_bundle_shows_its_codes_as_labels_in_french_and_arabic(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Words");
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(12));
        await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 30).Select(i => new EvaluationCase(ReferredDaysAgo: 500 + (i * 9), ReleasedDaysAgo: 450 + (i * 9))));
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var proposed = await evaluator.PostAsync($"/Evidence?ProgramId={program}", new()
        {
            ["Input.Period"] = "all",
            ["Input.Movements"] = "FarRight",
            ["Input.Summary"] = "Words test.",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var review = proposed.Headers.Location!.OriginalString;
        try
        {
            foreach (var language in new[] { "fr", "ar" })
            {
                await evaluator.ChooseLanguageAsync(language);
                var html = WebUtility.HtmlDecode(await evaluator.GetPageAsync(review));
                var labels = TranslationFiles.Read(TranslationFiles.TranslationOf(EnumText, language));
                Assert.Contains($"<dd>{labels["Movement.FarRight"]}</dd>", html, StringComparison.Ordinal);

                var rows = Regex.Matches(Regex.Match(html, "data-testid=\"bundle-breakdowns\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value,
                    "<tr><td>([^<]*)</td><td>([^<]*)</td>").Select(m => (Dimension: m.Groups[1].Value, Category: m.Groups[2].Value)).ToList();
                var dimensions = new[] { ReportLabels.BreakdownGender, ReportLabels.BreakdownAgeBand, ReportLabels.BreakdownCompletion }
                    .Select(l => TranslationFiles.Text(ReportText, language, l)).ToList();
                Assert.Equal(dimensions, rows.Select(r => r.Dimension).Distinct());
                Assert.Contains((dimensions[0], labels["Gender.Female"]), rows);
                Assert.Contains((dimensions[1], labels["AgeBand.From18To24"]), rows);
                Assert.Contains((dimensions[2], labels["Completion.LeftEarly"]), rows);
            }
        }
        finally
        {
            await evaluator.ChooseLanguageAsync("en");
        }
    }

    /// <summary>Every option of the hub's filter <paramref name="select"/> reads as the label of the value its code stands for.</summary>
    private static void AssertOptionsAreLabels<T>(string html, string select, Dictionary<string, string> labels)
        where T : struct, Enum
    {
        var list = Regex.Match(html, $"<select id=\"{select}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(list.Success, $"no {select} filter on the hub");
        var options = Option().Matches(list.Groups[1].Value).Where(m => m.Groups[1].Value.Length > 0).ToList();
        Assert.NotEmpty(options);
        foreach (var option in options)
        {
            var member = Enum.GetNames<T>().Single(n => string.Equals(n, option.Groups[1].Value.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
            Assert.Equal(labels[$"{typeof(T).Name}.{member}"], WebUtility.HtmlDecode(option.Groups[2].Value));
        }
    }

    private static string Pooled(string html)
    {
        var table = Regex.Match(html, "<table data-testid=\"pooled\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(table.Success, "the hub shows no pooled estimate");
        return WebUtility.HtmlDecode(table.Groups[1].Value);
    }

    private static Phrase Worded(MetaAnalysisResult fit, string opening) =>
        Assert.Single(RateEstimates.Words(fit.Warnings), w => w.Template.StartsWith(opening, StringComparison.Ordinal));

    /// <summary>The phrases as the pages' wording service says them in each language.</summary>
    private static async Task<Dictionary<string, List<string>>> SayAsync(TestWorld world, IReadOnlyList<Phrase> phrases)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var sentences = scope.ServiceProvider.GetRequiredService<Sentences>();
            var said = new Dictionary<string, List<string>>();
            foreach (var language in new[] { "en", "fr", "ar" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                said[language] = [.. phrases.Select(sentences.Say)];
            }

            return said;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }


    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")]
    private static partial Regex Option();
}
