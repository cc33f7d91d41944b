using System.Globalization;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation.Reports;
using Offramp.Reports;
using Offramp.Statistics.Survival;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A statistics warning about one group ("Only 3 participants in group Bridge team: …") reads in the reader's language
/// around the group's name, which stays as the evaluator gave it. Before fragments kept their template, "participants
/// in group Bridge team" was one English string inside a French or Arabic sentence.
/// </summary>
public sealed class WarningFragmentLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";

    [Fact]
    public async Task A_small_group_s_survival_warning_words_the_group_in_french_and_arabic_and_keeps_its_name()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var curve = Assert.Single(KaplanMeier.FitByGroup([3.0, 5.0, 8.0], [true, false, true], [0, 0, 0], ["Bridge team"]));
        var warnings = RateEstimates.Words(curve.Warnings);
        Assert.Equal(
            ["Only 3 participants in group Bridge team: the survival curve is unreliable.", "Only 2 events in group Bridge team: the survival estimate is unstable."],
            warnings.Select(w => w.ToString()));

        var before = CultureInfo.CurrentUICulture;
        try
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var sentences = scope.ServiceProvider.GetRequiredService<Sentences>();
            foreach (var language in new[] { "fr", "ar" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                Assert.Equal(
                    [
                        Translated(language, "Only {0} {1}: {2}.", 3, Translated(language, "participants in group {0}", "Bridge team"), Translated(language, "the survival curve is unreliable")),
                        Translated(language, "Only {0} events {1}: {2}.", 2, Translated(language, "in group {0}", "Bridge team"), Translated(language, "the survival estimate is unstable")),
                    ],
                    warnings.Select(sentences.Say));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Translated(string language, string key, params object[] values) =>
        TranslationFiles.Worded(ReportText, language, key, values);
}
