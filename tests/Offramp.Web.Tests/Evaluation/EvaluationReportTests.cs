using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The report counts what the metric defines, from release, with censoring; states small numbers in words; compares
/// completers with early leavers; leaves out, and counts, everyone without evaluation consent; and is audited.
/// </summary>
public sealed class EvaluationReportTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Reconviction_within_the_horizon_counts_from_release_and_only_the_defined_types(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Rates");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        await world.AddEvaluationCasesAsync(program,
        [
            // Three violent reconvictions within 24 months of a release 1,000 days ago.
            .. Enumerable.Range(0, 3).Select(i => new EvaluationCase(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 900 - (i * 100))])),

            // Not counted: a non-violent reconviction, a violent one before release, one after the 24 months.
            new(Outcomes: [(OutcomeType.ReconvictionOther, 800)]),
            new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 1100)]),
            new(Outcomes: [(OutcomeType.ReconvictionTerrorism, 100)]),
            .. Enumerable.Range(0, 4).Select(_ => new EvaluationCase()),

            // Not yet released: not at risk, so not in the figures.
            new(ReleasedDaysAgo: null),
        ]);

        var report = await world.ReportAsync(program);

        var result = Assert.Single(report.Metrics, m => m.Metric.Id == metric);
        Assert.Equal(10, result.Included);
        Assert.Equal(1, result.NotApplicable);
        Assert.Contains("not yet released", result.NotApplicableReason?.ToString(), StringComparison.Ordinal);
        Assert.Equal(7, result.Rate!.Successes);
        Assert.Equal(10, result.Rate.N);
        Assert.Equal(0.7, result.Rate.Proportion!.Value, 12);

        // statsmodels.stats.proportion.proportion_confint(7, 10, method="wilson")
        Assert.Equal(0.396778147461145, result.Rate.Lower!.Value, 9);
        Assert.Equal(0.892208732593699, result.Rate.Upper!.Value, 9);

        // Kaplan-Meier at 24 months: 3 events among 10 at risk, nobody censored before then.
        var all = result.Survival!.Curves[0];
        Assert.Equal(4, all.Events);
        Assert.Equal(0.7, all.SurvivalAtHorizon!.Value, 12);
        Assert.Contains(all.Warnings, w => w.ToString().StartsWith("Only 4 events", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Participants_without_evaluation_consent_are_left_out_and_counted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Consent");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        await world.AddEvaluationCasesAsync(program,
        [
            .. Enumerable.Range(0, 5).Select(_ => new EvaluationCase()),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReconvictionTerrorism, 900)]),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReconvictionTerrorism, 900)]),
        ]);

        var report = await world.ReportAsync(program);

        Assert.Equal(5, report.CohortSize);
        Assert.Equal(2, report.ExcludedWithoutConsent);
        Assert.Contains(report.Warnings, w => w.ToString().StartsWith("2 participants are left out of every figure because their consent does not cover evaluation", StringComparison.Ordinal));
        var result = Assert.Single(report.Metrics, m => m.Metric.Id == metric);
        Assert.Equal(5, result.Rate!.Successes);
        Assert.Contains(report.Warnings, w => w.ToString().StartsWith("Only 5 participants are in this cohort", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Completers_are_compared_with_early_leavers_with_effect_sizes_and_by_gender(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Compare");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        static EvaluationCase Case(Stage stage, Gender gender, bool reconvicted) =>
            new(Stage: stage, Gender: gender, Outcomes: reconvicted ? [(OutcomeType.ReconvictionOtherViolent, 700)] : null);
        await world.AddEvaluationCasesAsync(program,
        [
            // Completers: 2 of 12 reconvicted; early leavers: 6 of 10; one still in the program is in neither group.
            .. Enumerable.Range(0, 12).Select(i => Case(Stage.FollowUp, i % 2 == 0 ? Gender.Female : Gender.Male, i < 2)),
            .. Enumerable.Range(0, 10).Select(i => Case(Stage.Withdrawn, i % 2 == 0 ? Gender.Female : Gender.Male, i < 6)),
            Case(Stage.Intervention, Gender.Male, reconvicted: false),
        ]);

        var report = await world.ReportAsync(program);

        var result = Assert.Single(report.Metrics, m => m.Metric.Id == metric);
        var comparison = result.Comparison!;
        Assert.Equal(["Completed", "Left early"], comparison.Rates.Select(r => r.Label));
        Assert.Equal((10, 12), (comparison.Rates[0].Successes, comparison.Rates[0].N));
        Assert.Equal((4, 10), (comparison.Rates[1].Successes, comparison.Rates[1].N));

        // Success odds 10/2 against 4/6: OR 7.5; risk difference 10/12 - 4/10.
        Assert.Equal(7.5, comparison.OddsRatio!.Value, 9);
        Assert.Equal((10.0 / 12) - 0.4, comparison.RiskDifference!.Value, 12);
        Assert.NotNull(comparison.FisherPValue);
        Assert.NotNull(comparison.LogRankPValue);
        Assert.NotNull(comparison.GenderPooledOddsRatio);
        Assert.Equal(3, result.Survival!.Curves.Count);
        Assert.Equal([Gender.Female.ToString(), Gender.Male.ToString()], result.ByGender.Select(g => g.Label));
        Assert.Contains(comparison.Warnings, w => w.ToString().Contains("expected count under 5", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task A_cohort_filter_narrows_the_report_and_producing_it_is_audited_without_content(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Cohort");
        await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        await world.AddEvaluationCasesAsync(program,
        [
            .. Enumerable.Range(0, 6).Select(_ => new EvaluationCase(Gender: Gender.Female, Outcomes: [(OutcomeType.Employment, 800)])),
            .. Enumerable.Range(0, 4).Select(_ => new EvaluationCase(Gender: Gender.Male, YearOfBirth: 1960)),
        ]);

        var report = await world.ReportAsync(program, Persona.Director, "?gender=Female&comparison=None");

        Assert.Equal(6, report.CohortSize);
        Assert.Equal("gender female", report.CohortDescription.ToString());
        var employed = Assert.Single(report.Metrics);
        Assert.Equal((6, 6), (employed.Rate!.Successes, employed.Rate.N));
        Assert.Null(employed.Survival);
        var older = await world.ReportAsync(program, Persona.Director, "?ageBand=From45&comparison=None");
        Assert.Equal(4, older.CohortSize);
        Assert.Equal(0, older.Metrics[0].Rate!.Successes);

        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.EvaluationReport && e.EntityId == program).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Equal(world.UserId(Persona.Director), audit[0].UserId);
        Assert.StartsWith("6 participants, 0 excluded without evaluation consent, 1 metrics", audit[0].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_survival_chart_is_an_svg_and_a_metric_without_a_curve_is_not_found(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Chart");
        var survival = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var employed = await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        await world.AddEvaluationCasesAsync(program, [new(Outcomes: [(OutcomeType.ReconvictionTerrorism, 600)]), new()]);
        var client = world.Client(Persona.Evaluator);

        var svg = await client.GetAsync($"/api/v1/programs/{program}/evaluation/report/metrics/{survival}/survival.svg").ExpectAsync(HttpStatusCode.OK);
        var png = await client.GetAsync($"/api/v1/programs/{program}/evaluation/report/metrics/{survival}/survival.png").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await png.Content.ReadAsByteArrayAsync())[..4]);
        await client.GetAsync($"/api/v1/programs/{program}/evaluation/report/metrics/{employed}/survival.svg").ExpectAsync(HttpStatusCode.NotFound);
    }
}
