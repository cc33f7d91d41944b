using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// Evaluators and directors of the program see aggregates, never a participant; everyone else gets 404; only the
/// evaluators and the director define success; bad definitions and bad comparison files are refused whole with a clear message.
/// </summary>
public sealed class EvaluationAccessTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders(Persona.CaseworkerA)]
    [BothProviders(Persona.Psychologist)]
    [BothProviders(Persona.OrganisationAdmin)]
    [BothProviders(Persona.Auditor)]
    [BothProviders(Persona.OtherOrganisationDirector)]
    public async Task Anyone_but_the_programs_evaluators_and_directors_gets_not_found(DatabaseProviderKind provider, Persona caller)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Access");

        await world.Client(caller).GetAsync($"/api/v1/programs/{program}/evaluation/report").ExpectAsync(HttpStatusCode.NotFound);
        await world.Client(caller).GetAsync($"/api/v1/programs/{program}/evaluation/metrics").ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task The_report_names_no_participant(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Identity");
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var ids = await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 3).Select(_ => new EvaluationCase(Outcomes: [(OutcomeType.ReconvictionTerrorism, 800)])));
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Code).ToListAsync());

        var body = await (await world.Client(Persona.Evaluator).GetAsync($"/api/v1/programs/{program}/evaluation/report").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsStringAsync();

        Assert.All(ids, id => Assert.DoesNotContain(id.ToString(), body, StringComparison.OrdinalIgnoreCase));
        Assert.All(codes, code => Assert.DoesNotContain(code, body, StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Only_the_programs_evaluators_and_director_define_success_and_names_stay_unique(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Define");
        var url = $"/api/v1/programs/{program}/evaluation/metrics";

        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, EvaluationCalls.NoViolentReconviction()).ExpectAsync(HttpStatusCode.NotFound);
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(), Persona.Evaluator);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, url, EvaluationCalls.NoViolentReconviction()).ExpectAsync(HttpStatusCode.Conflict);

        var metrics = await (await world.Client(Persona.Evaluator).GetAsync(url).ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<MetricView>>();
        var metric = Assert.Single(metrics);
        Assert.StartsWith("No ReconvictionTerrorism; ReconvictionOtherViolent within 24 months of release", metric.Description.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_metric_that_mixes_positive_and_adverse_outcomes_is_refused_with_the_field(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Invalid");
        var command = EvaluationCalls.NoViolentReconviction();
        command.OutcomeTypes = [OutcomeType.ReArrest, OutcomeType.Employment];
        command.HorizonMonths = 0;

        var response = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", command);

        var errors = (await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Errors;
        Assert.Contains("OutcomeTypes", errors.Keys);
        Assert.Contains("HorizonMonths", errors.Keys);
        Assert.Equal(0, await world.DbAsync(db => db.Set<MetricDefinition>().CountAsync(m => m.ProgramId == program)));
    }

    [Theory]
    [BothProviders]
    public async Task A_comparison_file_with_one_bad_line_is_refused_whole_and_a_good_one_is_compared(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("External");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 10).Select(i => new EvaluationCase(Outcomes: i < 2 ? [(OutcomeType.ReconvictionTerrorism, 800)] : null)));
        var url = $"/api/v1/programs/{program}/evaluation/comparison-groups";
        var client = world.Client(Persona.Evaluator);

        var bad = await client.SendJsonAsync(HttpMethod.Post, url, new { Name = "National", Definition = "violent reconviction, national statistics", Csv = "months_at_risk,event\n30,0\n12,yes\n" })
            .ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Row 3, column event: must be 1 or 0 (got 'yes')", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ComparisonGroup>().CountAsync(g => g.ProgramId == program)));

        var csv = "months_at_risk,event,gender\n" + string.Concat(Enumerable.Range(0, 20).Select(i => i < 10 ? $"{6 + i},1,Male\n" : "40,0,Female\n"));
        var groupId = await (await client.SendJsonAsync(HttpMethod.Post, url, new { Name = "National", Definition = "violent reconviction, national statistics", Csv = csv })
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        var report = await world.ReportAsync(program, Persona.Evaluator, $"?comparisonGroupId={groupId}");

        var comparison = report.Metrics.Single(m => m.Metric.Id == metric).Comparison!;
        Assert.Equal(["This program", "National"], comparison.Rates.Select(r => r.Label));
        Assert.Equal((10, 20), (comparison.Rates[1].Successes, comparison.Rates[1].N));
        Assert.NotNull(comparison.LogRankPValue);
        Assert.Contains(comparison.Warnings, w => w.ToString().Contains("violent reconviction, national statistics", StringComparison.Ordinal));
    }
}
