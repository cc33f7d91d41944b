using System.Net;
using System.Text.RegularExpressions;

using Offramp.Core.Outcomes;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// The evaluation report speaks the reader's language through and through: not only its headings but the sentences
/// Core writes with figures in them (what a metric counts, who is left out and why, small-number warnings, the
/// statistics library's cautions) and the survival chart's axes and legend. Without the phrases, each of these reached
/// a French or Arabic reader in English, with coded values as enum names ("No ReconvictionTerrorism…").
/// </summary>
public sealed partial class ReportLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_report_s_sentences_and_chart_read_in_french_and_arabic_with_no_english_sentence_left(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Languages {Guid.NewGuid():N}");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        await world.AddEvaluationCasesAsync(program,
        [
            new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 900)]),
            new(),
            new(ReleasedDaysAgo: null),
            new(EvaluationConsent: false),
        ]);

        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var english = PageSession.TextOf(await evaluator.GetPageAsync($"/Evaluation?programId={program}"));
        Assert.Contains("Only 3 participants are in this cohort: treat every figure as illustrative, not as evidence.", english, StringComparison.Ordinal);
        Assert.Contains("1 not yet released (no actual release on the justice timeline), so not at risk", english, StringComparison.Ordinal);
        Assert.Contains("No Reconviction, terrorist offence; Reconviction, other violent offence within 24 months of release from custody", english, StringComparison.Ordinal);

        var sentences = EnglishSentences();
        Assert.True(sentences.Count > 100, $"only {sentences.Count} report sentences were read from ReportText.resx");
        foreach (var (language, expected) in new[]
        {
            ("fr", Translated("fr", "Only {0} participants are in this cohort: treat every figure as illustrative, not as evidence.", 3)),
            ("ar", Translated("ar", "Only {0} participants are in this cohort: treat every figure as illustrative, not as evidence.", 3)),
        })
        {
            await evaluator.ChooseLanguageAsync(language);
            var (status, html) = await evaluator.GetAsync($"/Evaluation?programId={program}");
            Assert.Equal(HttpStatusCode.OK, status);
            var text = PageSession.TextOf(html);
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.DoesNotContain("ReconvictionTerrorism", text, StringComparison.Ordinal);

            // Every sentence the report can write, with its holes as wildcards: none may be left in English.
            var left = sentences.Where(s => s.Pattern.IsMatch(text)).Select(s => s.Template).ToList();
            Assert.True(left.Count == 0, $"{language}: still in English: {string.Join(" | ", left)}");

            var svg = await evaluator.GetPageAsync($"/Evaluation?handler=Chart&programId={program}&metricId={metric}");

            // Each text keeps one starting point, so the browser joins and orders Arabic letters itself.
            Assert.DoesNotMatch(PerCharacterPositions(), svg);
            var chart = WebUtility.HtmlDecode(PageSession.TextOf(svg));
            Assert.Contains(Translated(language, "Months"), chart, StringComparison.Ordinal);
            Assert.Contains(Translated(language, "Proportion without the event"), chart, StringComparison.Ordinal);
            Assert.DoesNotContain("Months", chart, StringComparison.Ordinal);
            Assert.DoesNotContain(" events)", chart, StringComparison.Ordinal);
        }
    }

    /// <summary>The report's English sentences of four words or more (labels are too short to tell from a name), each as a pattern.</summary>
    private static List<(string Template, Regex Pattern)> EnglishSentences() =>
    [
        .. TranslationFiles.Read("src/Offramp.Reports/Resources/ReportText.resx").Keys
            .Where(k => k.Split(' ').Length >= 4)
            .Select(k => (k, new Regex(string.Join(".+?", Hole().Split(Regex.Escape(k.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)))), RegexOptions.None, TimeSpan.FromSeconds(1)))),
    ];

    private static string Translated(string language, string key, params object[] values) =>
        TranslationFiles.Worded("src/Offramp.Reports/Resources/ReportText.resx", language, key, values);

    [GeneratedRegex(@"\b[xy]=""-?[0-9.]+, ")]
    private static partial Regex PerCharacterPositions();

    [GeneratedRegex(@"\\\{\d+(?::[^}]*)?}")]
    private static partial Regex Hole();
}
