using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A metric's name reads in each reader's language: given with the definition or added later (a name is not part of
/// the definition, so translating it changes no figure), flagged while a language lacks one, and shown in the report
/// in the reader's language. Only those who may evaluate the program may name its metrics.
/// </summary>
public sealed class MetricNameLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string English = "No violent reconviction within two years";
    private const string French = "Aucune nouvelle condamnation violente dans les deux ans";
    private const string Arabic = "عدم الإدانة مجددًا بجريمة عنف خلال عامين";

    [Theory]
    [BothProviders]
    public async Task A_metric_defined_with_its_names_reads_in_each_language_in_the_report(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Names {Guid.NewGuid():N}");
        await world.AddEvaluationCasesAsync(program, [new(), new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 900)])]);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Metrics?programId={program}";

        var defined = await evaluator.PostAsync(page, new()
        {
            ["Input.Name"] = English,
            ["Input.NameTranslations[fr]"] = French,
            ["Input.NameTranslations[ar]"] = $"  {Arabic}  ",
            ["Input.Kind"] = nameof(MetricKind.NoAdverseOutcome),
            ["Input.OutcomeTypes"] = nameof(OutcomeType.ReconvictionOtherViolent),
            ["Input.HorizonMonths"] = "24",
        }, handler: "Define");
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);

        var stored = await world.DbAsync(db => db.Set<MetricDefinition>().AsNoTracking().SingleAsync(m => m.ProgramId == program));
        Assert.Equal(English, stored.Name);
        Assert.Equal(new Dictionary<string, string> { ["ar"] = Arabic, ["fr"] = French }, stored.Translations);
        Assert.DoesNotContain("untranslated-name-", await evaluator.GetPageAsync(page), StringComparison.Ordinal);

        var report = $"/Evaluation?programId={program}";
        Assert.Contains($"<h3>{English}</h3>", await evaluator.GetPageAsync(report), StringComparison.Ordinal);
        foreach (var (language, name) in new[] { ("fr", French), ("ar", Arabic) })
        {
            await evaluator.ChooseLanguageAsync(language);
            var html = WebUtility.HtmlDecode(await evaluator.GetPageAsync(report));
            Assert.Contains($"<h3>{name}</h3>", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"<h3>{English}</h3>", html, StringComparison.Ordinal);
        }

        // The language is the evaluator's own setting, and this class's other tests sign the evaluator in too.
        await evaluator.ChooseLanguageAsync("en");
    }

    [Theory]
    [BothProviders]
    public async Task Names_added_later_change_no_definition_and_are_audited_and_missing_ones_are_flagged(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Later {Guid.NewGuid():N}");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var before = await world.DbAsync(db => db.Set<MetricDefinition>().AsNoTracking().SingleAsync(m => m.Id == metric));
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        await evaluator.ChooseLanguageAsync("en");
        var page = $"/Evaluation/Metrics?programId={program}";

        var listed = await evaluator.GetPageAsync(page);
        Assert.Contains("data-testid=\"untranslated-name-fr\"", listed, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"untranslated-name-ar\"", listed, StringComparison.Ordinal);

        // Both names too long: both messages in one round, and nothing saved.
        var tooLong = new string('x', 201);
        var refused = WebUtility.HtmlDecode(await PageSession.HtmlAsync(await evaluator.PostAsync($"{page}&metricId={metric}",
            new() { ["Names[fr]"] = tooLong, ["Names[ar]"] = tooLong }, handler: "Translate", formPage: page)));
        Assert.Equal(2, refused.Split("<li>The name is limited to 200 characters.</li>").Length - 1);
        Assert.Equal("{}", await world.DbAsync(db => db.Set<MetricDefinition>().Where(m => m.Id == metric).Select(m => m.NameTranslations).SingleAsync()));

        var saved = await evaluator.PostAsync($"{page}&metricId={metric}", new() { ["Names[fr]"] = French, ["Names[ar]"] = "" }, handler: "Translate", formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await world.DbAsync(db => db.Set<MetricDefinition>().AsNoTracking().SingleAsync(m => m.Id == metric));
        Assert.Equal(new Dictionary<string, string> { ["fr"] = French }, after.Translations);
        Assert.Equal((before.Name, before.Kind, before.OutcomeTypes, before.Anchor, before.HorizonMonths), (after.Name, after.Kind, after.OutcomeTypes, after.Anchor, after.HorizonMonths));
        var relisted = await evaluator.GetPageAsync(page);
        Assert.DoesNotContain("data-testid=\"untranslated-name-fr\"", relisted, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"untranslated-name-ar\"", relisted, StringComparison.Ordinal);

        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.MetricNameTranslated && e.EntityId == metric));
        Assert.Equal(world.UserId(Persona.Evaluator), audit.UserId);
    }

    [Theory]
    [BothProviders]
    public async Task A_metric_of_another_program_and_a_caller_who_may_not_evaluate_get_not_found(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Mine {Guid.NewGuid():N}");
        var other = await world.CreateEvaluationProgramAsync($"Other {Guid.NewGuid():N}");
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var theirs = await world.DefineAsync(other, EvaluationCalls.NoViolentReconviction());
        var page = $"/Evaluation/Metrics?programId={program}";

        using (var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator))
        {
            var crossed = await evaluator.PostAsync($"{page}&metricId={theirs}", new() { ["Names[fr]"] = French }, handler: "Translate", formPage: page);
            Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        }

        using (var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA))
        {
            var refused = await caseworker.PostAsync($"/Evaluation/Metrics?programId={other}&metricId={theirs}", new() { ["Names[fr]"] = French }, handler: "Translate", formPage: "/");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Assert.Equal("{}", await world.DbAsync(db => db.Set<MetricDefinition>().Where(m => m.Id == theirs).Select(m => m.NameTranslations).SingleAsync()));
    }
}
