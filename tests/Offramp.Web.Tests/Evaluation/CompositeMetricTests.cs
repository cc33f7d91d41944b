using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// A composite metric: success on every component, among the participants for whom every component is determinable;
/// its components must be 2–5 other, non-composite metrics of the same program; evaluators define it (audited) like
/// the director, through the API and the metrics page, and nobody else sees that page.
/// </summary>
public sealed class CompositeMetricTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_composite_succeeds_only_where_every_component_does_among_those_every_component_applies_to(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Composite");
        var reconviction = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var employed = await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        var composite = await world.DefineAsync(program, EvaluationCalls.Composite("No violent reconviction and employed", reconviction, employed), Persona.Evaluator);
        static EvaluationCase Case(int releasedDaysAgo = 1000, params (OutcomeType, int)[] outcomes) => new(ReleasedDaysAgo: releasedDaysAgo, Outcomes: outcomes);
        await world.AddEvaluationCasesAsync(program,
        [
            // Released 1,000 days ago, so followed past both horizons (730.5 and 365.25 days): resolved on both.
            // 4 employed 200 days after release, never reconvicted: success on both, so on the composite.
            .. Enumerable.Range(0, 4).Select(_ => Case(outcomes: (OutcomeType.Employment, 800))),

            // 2 employed but reconvicted 100 days after release; 3 never employed; 1 both: failures.
            .. Enumerable.Range(0, 2).Select(_ => Case(outcomes: [(OutcomeType.Employment, 800), (OutcomeType.ReconvictionOtherViolent, 900)])),
            .. Enumerable.Range(0, 3).Select(_ => Case()),
            Case(outcomes: [(OutcomeType.Employment, 950), (OutcomeType.ReconvictionTerrorism, 700)]),

            // Released 500 days ago and employed: resolved on employment, not yet on 24 months without reconviction.
            .. Enumerable.Range(0, 2).Select(_ => Case(500, (OutcomeType.Employment, 400))),

            // Released 200 days ago: resolved on neither.
            Case(200),

            // Not released: not at risk on either component, so left out of the composite with the reason.
            new(ReleasedDaysAgo: null),
            new(ReleasedDaysAgo: null),
        ]);

        var report = await world.ReportAsync(program, Persona.Evaluator, "?comparison=None");

        Assert.Equal(15, report.CohortSize);
        var result = Assert.Single(report.Metrics, m => m.Metric.Id == composite);
        Assert.Equal(MetricKind.Composite, result.Metric.Kind);
        Assert.Equal([reconviction, employed], result.Metric.ComponentMetricIds);
        Assert.Equal(24, result.Metric.HorizonMonths);
        Assert.Contains("No violent reconviction within 24 months of release", result.Metric.Description.ToString(), StringComparison.Ordinal);
        Assert.Contains("Employed at 12 months", result.Metric.Description.ToString(), StringComparison.Ordinal);
        Assert.Equal(13, result.Included);
        Assert.Equal(2, result.NotApplicable);
        Assert.Contains("not yet released", result.NotApplicableReason?.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Survival);

        // Resolved on both: the 10 released 1,000 days ago; the 3 released later wait for their reconviction horizon.
        Assert.Equal((4, 10, 3), (result.Rate!.Successes, result.Rate.N, result.Rate.Unresolved));
        Assert.Equal(0.4, result.Rate.Proportion!.Value, 12);

        // statsmodels.stats.proportion.proportion_confint(4, 10, method="wilson")
        Assert.Equal(0.168180329706236, result.Rate.Lower!.Value, 9);
        Assert.Equal(0.687326230266342, result.Rate.Upper!.Value, 9);

        // The components on their own: 7 of 10 without reconviction, 9 of 12 employed; the composite is not their product.
        var alone = report.Metrics.Where(m => m.Metric.Id == reconviction || m.Metric.Id == employed).Select(m => (m.Rate!.Successes, m.Rate.N)).ToList();
        Assert.Equal([(7, 10), (9, 12)], alone);
    }

    [Theory]
    [BothProviders]
    public async Task Components_must_be_two_to_five_distinct_non_composite_metrics_of_the_same_program(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Components");
        var other = await world.CreateEvaluationProgramAsync("Other program");
        var reconviction = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var employed = await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        var elsewhere = await world.DefineAsync(other, EvaluationCalls.EmployedAt12Months());
        var composite = await world.DefineAsync(program, EvaluationCalls.Composite("Both", reconviction, employed));
        var client = world.Client(Persona.Evaluator);
        var url = $"/api/v1/programs/{program}/evaluation/metrics";

        async Task<string[]> RefusedAsync(DefineMetricCommand command, string field)
        {
            var errors = (await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, command), HttpStatusCode.UnprocessableEntity)).Errors;
            Assert.True(errors.ContainsKey(field), $"no message for {field}: {string.Join(", ", errors.Keys)}");
            return errors[field];
        }

        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("None"), "ComponentMetricIds"), m => m.Contains("two to five", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("One", reconviction), "ComponentMetricIds"), m => m.Contains("two to five", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("Twice", reconviction, reconviction), "ComponentMetricIds"), m => m.Contains("once", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("Elsewhere", reconviction, elsewhere), "ComponentMetricIds"), m => m.Contains("this program", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("Unknown", reconviction, Guid.NewGuid()), "ComponentMetricIds"), m => m.Contains("this program", StringComparison.Ordinal));
        Assert.Contains(await RefusedAsync(EvaluationCalls.Composite("Nested", reconviction, composite), "ComponentMetricIds"), m => m.Contains("cannot be a component", StringComparison.Ordinal));

        // Every field's message at once: a missing name beside a component of another program.
        var both = EvaluationCalls.Composite("", reconviction, elsewhere);
        both.OutcomeTypes = [OutcomeType.Employment];
        var errors = (await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, both), HttpStatusCode.UnprocessableEntity)).Errors;
        Assert.Equal(["ComponentMetricIds", "Name", "OutcomeTypes"], errors.Keys.Order(StringComparer.Ordinal));

        // A metric that is not composite has no components.
        var employedWithComponents = EvaluationCalls.EmployedAt12Months();
        employedWithComponents.Name = "Employed, with components";
        employedWithComponents.ComponentMetricIds = [reconviction, employed];
        await RefusedAsync(employedWithComponents, "ComponentMetricIds");

        Assert.Equal(3, await world.DbAsync(db => db.Set<MetricDefinition>().CountAsync(m => m.ProgramId == program)));
    }

    [Theory]
    [BothProviders]
    public async Task An_evaluator_defines_through_the_api_and_the_definition_is_audited_in_the_same_save(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Audited");
        var reconviction = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(), Persona.Evaluator);
        var employed = await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months(), Persona.Evaluator);

        var composite = await world.DefineAsync(program, EvaluationCalls.Composite("Both", reconviction, employed), Persona.Evaluator);

        var stored = await world.DbAsync(db => db.Set<MetricDefinition>().AsNoTracking().SingleAsync(m => m.Id == composite));
        Assert.Equal(world.UserId(Persona.Evaluator), stored.DefinedByUserId);
        Assert.Equal([reconviction, employed], stored.Components);
        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.MetricDefined && e.EntityId == composite));
        Assert.Equal(world.UserId(Persona.Evaluator), audit.UserId);
        Assert.Equal("Composite of 2 metrics", audit.Detail);

        var listed = await (await world.Client(Persona.Director).GetAsync($"/api/v1/programs/{program}/evaluation/metrics").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<MetricView>>();
        Assert.Equal([reconviction, employed], listed.Single(m => m.Id == composite).ComponentMetricIds);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", EvaluationCalls.Composite("Caseworker", reconviction, employed))
            .ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task An_evaluator_defines_a_composite_on_the_page_seeing_every_message_at_once_and_keeping_the_input(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Page");
        var reconviction = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var employed = await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Metrics?programId={program}";

        var listed = await evaluator.GetPageAsync(page);
        Assert.Contains("reconviction for a terrorist offence, reconviction for another violent offence", System.Net.WebUtility.HtmlDecode(listed), StringComparison.Ordinal);
        Assert.Contains("release from custody", listed, StringComparison.Ordinal);
        Assert.Contains("The default for this program: release from custody", System.Net.WebUtility.HtmlDecode(listed), StringComparison.Ordinal);
        Assert.Contains($"href=\"/Evaluation/Metrics?programId={program}\"", await evaluator.GetPageAsync($"/Evaluation?ProgramId={program}"), StringComparison.Ordinal);

        // No name and one component: both messages, and the chosen kind and component are still chosen.
        var refused = await PageSession.HtmlAsync(await evaluator.PostAsync(page, new()
        {
            ["Input.Name"] = "",
            ["Input.Kind"] = nameof(MetricKind.Composite),
            ["Input.HorizonMonths"] = "",
            ["Input.ComponentMetricIds"] = reconviction.ToString(),
        }, handler: "Define"));
        Assert.Contains("Name the metric", refused, StringComparison.Ordinal);
        Assert.Contains("Choose two to five", refused, StringComparison.Ordinal);
        Assert.Contains($"value=\"{reconviction}\" checked=\"checked\"", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Composite\" selected=\"selected\"", refused, StringComparison.Ordinal);
        Assert.Equal(2, await world.DbAsync(db => db.Set<MetricDefinition>().CountAsync(m => m.ProgramId == program)));

        var defined = await evaluator.PostAsync(page, new()
        {
            ["Input.Name"] = "Not reconvicted and employed",
            ["Input.Kind"] = nameof(MetricKind.Composite),
            ["Input.HorizonMonths"] = "",
            ["Input.ComponentMetricIds[0]"] = reconviction.ToString(),
            ["Input.ComponentMetricIds[1]"] = employed.ToString(),
        }, handler: "Define");
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);

        var stored = await world.DbAsync(db => db.Set<MetricDefinition>().AsNoTracking().SingleAsync(m => m.ProgramId == program && m.Kind == MetricKind.Composite));
        Assert.Equal([reconviction, employed], stored.Components);
        Assert.Equal(world.UserId(Persona.Evaluator), stored.DefinedByUserId);
        var after = System.Net.WebUtility.HtmlDecode(await evaluator.GetPageAsync(page));
        Assert.Contains("Not reconvicted and employed", after, StringComparison.Ordinal);
        Assert.Contains("All of several metrics (composite)", after, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders(Persona.CaseworkerA)]
    [BothProviders(Persona.Psychologist)]
    [BothProviders(Persona.OtherOrganisationDirector)]
    public async Task Anyone_who_may_not_evaluate_the_program_gets_not_found_on_the_page(DatabaseProviderKind provider, Persona caller)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Hidden");
        using var session = await PageSession.SignInAsync(world, caller);

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/Evaluation/Metrics?programId={program}")).Status);
    }

    [Theory]
    [BothProviders]
    public async Task An_evaluator_of_another_program_gets_not_found_and_defines_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Metrics?programId={world.SecondProgramId}";

        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync(page)).Status);
        await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{world.SecondProgramId}/evaluation/metrics", EvaluationCalls.EmployedAt12Months())
            .ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await world.DbAsync(db => db.Set<MetricDefinition>().CountAsync(m => m.ProgramId == world.SecondProgramId)));
    }
}
