using System.Globalization;
using System.Net;

using Offramp.Core.Outcomes;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A composite metric's description quotes its components by name, and each reader sees those names in their
/// language where the component was given one (otherwise as defined). Before, the description quoted the English names
/// in every language although the components' own headings were translated.
/// </summary>
public sealed class CompositeDescriptionLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";
    private const string Template = "Success on every one of: {0}. Among participants for whom every component can be determined; counted once every component is resolved.";

    [Theory]
    [BothProviders]
    public async Task A_composite_quotes_its_components_names_in_french_and_arabic(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Composite words {Guid.NewGuid():N}");
        await world.AddEvaluationCasesAsync(program, [new(), new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 900)])]);
        var reconviction = EvaluationCalls.NoViolentReconviction();
        reconviction.NameTranslations = new() { ["fr"] = "Aucune nouvelle condamnation violente", ["ar"] = "عدم الإدانة مجددًا بجريمة عنف" };
        var employed = EvaluationCalls.EmployedAt12Months();
        employed.NameTranslations = new() { ["fr"] = "En emploi à 12 mois" };
        var first = await world.DefineAsync(program, reconviction);
        var second = await world.DefineAsync(program, employed);
        await world.DefineAsync(program, EvaluationCalls.Composite("Both", first, second), Persona.Evaluator);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var report = $"/Evaluation?programId={program}";
        try
        {
            foreach (var (language, names) in new[]
            {
                ("en", $"{reconviction.Name}; {employed.Name}"),
                ("fr", "Aucune nouvelle condamnation violente; En emploi à 12 mois"),
                ("ar", $"عدم الإدانة مجددًا بجريمة عنف; {employed.Name}"), // no Arabic name given: the name as defined
            })
            {
                await evaluator.ChooseLanguageAsync(language);
                var html = WebUtility.HtmlDecode(await evaluator.GetPageAsync(report));
                var worded = language == "en" ? Template : TranslationFiles.Text(ReportText, language, Template);
                Assert.Contains(string.Format(CultureInfo.InvariantCulture, worded, names), html, StringComparison.Ordinal);
            }
        }
        finally
        {
            await evaluator.ChooseLanguageAsync("en");
        }
    }
}
