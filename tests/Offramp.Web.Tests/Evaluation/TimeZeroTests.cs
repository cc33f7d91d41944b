using Microsoft.EntityFrameworkCore;

using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// Time zero follows the program's kind unless the metric names another: probation counts from the start of the
/// licence or order (it has no release from custody, so before this every probation metric included no one), returnees
/// from their return, diversion from the agreement. Someone without that event is not yet at risk, and the report says why.
/// </summary>
public sealed class TimeZeroTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Probation_counts_from_the_licence_start_and_names_those_without_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Probation", ProgramKind.Probation);
        var metric = await world.DefineAsync(program, WithoutAnchor(EvaluationCalls.NoViolentReconviction(12)));
        await world.AddEvaluationCasesAsync(program, [
            .. Enumerable.Range(0, 20).Select(i => new EvaluationCase(ReferredDaysAgo: 900, ReleasedDaysAgo: 850, ReleaseKind: JusticeEventKind.LicenceStart,
                Outcomes: i < 5 ? [(OutcomeType.ReconvictionOtherViolent, 700)] : null)),
            .. Enumerable.Range(0, 3).Select(_ => new EvaluationCase(ReferredDaysAgo: 900, ReleasedDaysAgo: null)),
            // A release from custody is not a licence start: still not at risk on this metric.
            new EvaluationCase(ReferredDaysAgo: 900, ReleasedDaysAgo: 850),
        ]);

        Assert.Equal(MetricAnchor.LicenceStart, await world.DbAsync(db => db.Set<MetricDefinition>().Where(m => m.Id == metric).Select(m => m.Anchor).SingleAsync()));
        var result = Assert.Single((await world.ReportAsync(program)).Metrics);
        Assert.Equal(20, result.Included);
        Assert.Equal(15, result.Rate!.Successes);
        Assert.Equal(4, result.NotApplicable);
        Assert.Equal("4 without a licence or probation start on the justice timeline, so not at risk", result.NotApplicableReason?.ToString());
        Assert.Contains("the start of the licence or probation order", result.Metric.Description.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Returnees_count_from_their_return_and_a_metric_may_choose_another_time_zero(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Returnees", ProgramKind.Returnee);
        await world.DefineAsync(program, WithoutAnchor(EvaluationCalls.NoViolentReconviction(12)));
        var fromEntry = EvaluationCalls.EmployedAt12Months();
        fromEntry.Anchor = MetricAnchor.ProgramEntry;
        await world.DefineAsync(program, fromEntry);
        await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 12).Select(i => new EvaluationCase(
            ReferredDaysAgo: 800, ReleasedDaysAgo: i < 10 ? 820 : null, ReleaseKind: JusticeEventKind.ReturnFromConflictZone,
            Outcomes: i % 2 == 0 ? [(OutcomeType.Employment, 700)] : null)));

        var report = await world.ReportAsync(program);
        var returned = Assert.Single(report.Metrics, m => m.Metric.Anchor == MetricAnchor.ReturnDate);
        Assert.Equal(10, returned.Included);
        Assert.StartsWith("2 without a return from a conflict zone", returned.NotApplicableReason?.ToString(), StringComparison.Ordinal);
        var employed = Assert.Single(report.Metrics, m => m.Metric.Anchor == MetricAnchor.ProgramEntry);
        Assert.Equal(12, employed.Included);
        Assert.Equal(6, employed.Rate!.Successes);
    }

    private static DefineMetricCommand WithoutAnchor(DefineMetricCommand command)
    {
        command.Anchor = null;
        return command;
    }
}
