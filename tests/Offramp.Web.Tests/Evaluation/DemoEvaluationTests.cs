using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// Every demo program's evaluation report has figures that mean something (issue #13). Before, probation metrics
/// counted from a release that probation cases never have (0 included), and programs whose participants were never
/// released had no outcomes at all (100% "no reconviction", 0% employed).
/// </summary>
public sealed class DemoEvaluationTests
{
    [Theory]
    [BothProviders]
    public async Task Every_demo_program_reports_at_least_two_estimable_metrics_that_are_not_degenerate(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        // The size the app seeds on first start: about a hundred participants per program.
        var world = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(600, seed: 1);
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
}
