using System.Globalization;

using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A comparison group's import preview names each bad row and column in the reader's language: the row number and the
/// file's column name as they are, the cell quoted as written, the words around them translated. Before, each problem
/// was one English sentence built in Core.
/// </summary>
public sealed class ImportProblemLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";

    [Theory]
    [BothProviders]
    public async Task The_preview_names_rows_and_columns_in_french_and_arabic(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Import words {Guid.NewGuid():N}");
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        const string Csv = "months_at_risk,event,gender\n12,1,Male\n12,yes,Male\n40\n";
        try
        {
            foreach (var language in new[] { "en", "fr", "ar" })
            {
                await evaluator.ChooseLanguageAsync(language);
                var html = await PageSession.HtmlAsync(await EvaluationPageForms.PreviewAsync(evaluator, program, "National", Csv));

                Assert.Contains(
                    Translated(language, "Row {0}, column {1}: {2}", 3, "event", Translated(language, "must be 1 or 0 (got '{0}').", "yes")),
                    html, StringComparison.Ordinal);
                Assert.Contains(
                    Translated(language, "Row {0}: {1}", 4, Translated(language, "{0} values; the header names {1}.", 1, 3)),
                    html, StringComparison.Ordinal);
                if (language != "en")
                {
                    Assert.DoesNotContain("must be 1 or 0", html, StringComparison.Ordinal);
                    Assert.DoesNotContain("Row 4:", html, StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            await evaluator.ChooseLanguageAsync("en");
        }
    }

    /// <summary>English reads the resource's own file (key and text are the same); the others their translation.</summary>
    private static string Translated(string language, string key, params object[] values) =>
        language == "en" ? string.Format(CultureInfo.InvariantCulture, key, values) : TranslationFiles.Worded(ReportText, language, key, values);
}
