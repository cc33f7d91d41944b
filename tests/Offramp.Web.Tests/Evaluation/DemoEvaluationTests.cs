using System.Net;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Security.Tokens;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;
using Offramp.Web.Tests.Demo;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// Every demo program's evaluation report has figures that mean something (issue #13). Before, probation metrics
/// counted from a release that probation cases never have (0 included), and programs whose participants were never
/// released had no outcomes at all (100% "no reconviction", 0% employed).
/// </summary>
[Collection(SeededDemoGroup.Name)]
public sealed class DemoEvaluationTests(SeededDemo demo)
{
    [Theory]
    [BothProviders]
    public async Task Every_demo_program_reports_at_least_two_estimable_metrics_that_are_not_degenerate(DatabaseProviderKind provider)
    {
        // The size the app seeds on first start: about a hundred participants per program.
        var (app, world) = await demo.OnAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<BuildEvaluationReport>();

        // One demo program per reference program of the seeds, recognisable by name.
        foreach (var seedProgram in new[] { "Back on Track", "Entré", "Healthy Identity", "Sri Lanka", "Iraq" })
        {
            Assert.Single(world.Programs, p => p.Name.Contains(seedProgram, StringComparison.Ordinal));
        }

        foreach (var program in world.Programs)
        {
            var report = await reports.ForOperatorAsync(program.Name, new CohortFilter(), null);
            Assert.True(report.CohortSize > 0, $"{program.Name}: empty cohort");
            var estimable = report.Metrics.Where(m => m.Rate is { N: >= 10, Proportion: not null }).ToList();
            Assert.True(estimable.Count >= 2, $"{program.Name}: {estimable.Count} estimable metrics");
            var figures = string.Join("; ", report.Metrics.Select(m => $"{m.Metric.Name}: {m.Rate?.Successes}/{m.Rate?.N}"));
            Assert.True(estimable.Any(m => m.Metric.Kind == MetricKind.PositiveOutcome && m.Rate!.Proportion is > 0 and < 1), $"{program.Name}: no positive outcome between 0 and 100% ({figures})");
            Assert.True(estimable.Any(m => m.Metric.Kind == MetricKind.NoAdverseOutcome && m.Metric.Anchor == MetricAnchors.DefaultFor(program.Kind)), $"{program.Name}: no adverse-outcome metric from its time zero ({figures})");
        }

        // Early leavers stay in the evaluation and are followed up, so Back on Track can compare them with completers
        // (before, the only leavers had withdrawn consent and the comparison was "not estimable").
        var backOnTrack = await reports.ForOperatorAsync(world.Programs.Single(p => p.Name.StartsWith("Back on Track", StringComparison.Ordinal)).Name, new CohortFilter(), null);
        Assert.Contains(backOnTrack.Metrics, m => m.Comparison is { RiskDifference: not null, LogRankPValue: > 0.0 and <= 1.0 } c && c.Rates.Count == 2 && c.Rates.All(r => r.N > 0));
    }
    /// <summary>
    /// What the demo evaluator sees for each seed program, through the report page and the API (the CLI's
    /// `report evaluation` is covered in the CLI tests): a cohort and figures, never "0 included".
    /// </summary>
    [Theory]
    [BothProviders]
    public async Task The_demo_evaluator_sees_every_seed_programs_report_in_the_page_and_the_api(DatabaseProviderKind provider)
    {
        var (app, world) = await demo.OnAsync(provider);
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (_, token) = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(world.Accounts[Core.Access.Role.Evaluator].Id, "report test", false, 1);
        }

        using var api = app.CreateApiClient(token);
        var evaluator = DemoAccounts.All.Single(a => a.Role == Core.Access.Role.Evaluator);
        using var page = await PageSession.SignInAsync(app, evaluator.Email, DemoAccounts.Password, evaluator.TotpSecret);
        foreach (var seedProgram in new[] { "Back on Track", "Entré", "Healthy Identity", "Sri Lanka", "Iraq" })
        {
            var program = world.Programs.Single(p => p.Name.Contains(seedProgram, StringComparison.Ordinal));
            var report = await (await api.GetAsync($"/api/v1/programs/{program.Id}/evaluation/report").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<EvaluationReport>();
            Assert.True(report.CohortSize > 0, $"{program.Name}: empty cohort");
            Assert.True(report.Metrics.Count(m => m.Rate is { N: >= 10, Proportion: not null }) >= 2, $"{program.Name}: fewer than two estimable metrics in the API");

            var html = await page.GetPageAsync($"/Evaluation?programId={program.Id}");
            Assert.Contains($"{report.CohortSize} participants", html, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"metric\"", html, StringComparison.Ordinal);
        }
    }
}
