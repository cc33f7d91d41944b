using System.Globalization;
using System.Text;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Hosting.Demo;
using Offramp.Statistics.Tests.Reference;
using Offramp.TestSupport;
using Offramp.Web.Tests.Demo;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The Sri Lanka design end to end (issue #13): the demo's Sri Lanka program is assessed about twelve months apart and
/// has an imported repeated-measures comparison group; its report compares change from baseline with that group by
/// ANCOVA and Welch's test. The pairs are rebuilt here from the stored agreed ratings, independently of the report's
/// code, and R's lm and t.test run on them: the report must equal R. Before, the program had no assessments and
/// comparison groups applied only to adverse-outcome metrics, so its design could not run at all.
/// </summary>
[Collection(SeededDemoGroup.Name)]
public sealed class RepeatedMeasuresReportTests(SeededDemo demo)
{
    [Theory]
    [BothProviders]
    public async Task The_Sri_Lanka_report_compares_change_with_its_comparison_group_as_R_lm_and_t_test_do(DatabaseProviderKind provider)
    {
        var (app, world) = await demo.OnAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var program = world.Programs.Single(p => p.Name.Contains("Sri Lanka", StringComparison.Ordinal));
        var group = await db.Set<ComparisonGroup>().AsNoTracking().SingleAsync(g => g.ProgramId == program.Id);
        Assert.Equal(ComparisonDesign.RepeatedMeasures, group.Design);

        var report = await scope.ServiceProvider.GetRequiredService<BuildEvaluationReport>()
            .ForOperatorAsync(program.Name, new CohortFilter { ComparisonGroupId = group.Id }, null);
        var metric = report.Metrics.Single(m => m.Metric.Kind == MetricKind.AssessmentChange);
        var change = Assert.IsType<ChangeSummary>(metric.Change);
        var comparison = Assert.IsType<ChangeComparison>(change.Comparison);

        var (before, after) = await ProgramPairsAsync(db, program.Id, metric.Metric.HorizonMonths);
        Assert.True(before.Count >= 10, $"{before.Count} pairs");
        Assert.Equal(before.Count, change.Pairs);
        Assert.Equal(before.Count, comparison.ProgramPairs);
        var scores = await db.Set<ComparisonGroupScore>().AsNoTracking().Where(s => s.GroupId == group.Id).ToListAsync();
        Assert.Equal(group.Size, comparison.ComparisonPairs);

        var csv = new StringBuilder("group,before,after\n");
        for (var i = 0; i < before.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"program,{before[i]:R},{after[i]:R}\n");
        }

        foreach (var s in scores)
        {
            csv.Append(CultureInfo.InvariantCulture, $"comparison,{s.Baseline:R},{s.FollowUp:R}\n");
        }

        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, csv.ToString());
            var r = ExternalTool.RunRJson(
                """
                d <- read.csv(commandArgs(TRUE)[1])
                d$group <- factor(d$group, levels = c("comparison", "program"))
                fit <- lm(after ~ before + group, data = d)
                co <- summary(fit)$coefficients["groupprogram", ]
                ci <- confint(fit)["groupprogram", ]
                d$change <- d$after - d$before
                w <- t.test(change ~ factor(group, levels = c("program", "comparison")), data = d)
                cat(sprintf('{"estimate":%.17g,"se":%.17g,"p":%.17g,"lower":%.17g,"upper":%.17g,"welch":%.17g,"welchP":%.17g,"welchLower":%.17g,"welchUpper":%.17g}',
                    co[1], co[2], co[4], ci[1], ci[2], unname(w$estimate[1] - w$estimate[2]), w$p.value, w$conf.int[1], w$conf.int[2]))
                """, file);
            Close(r.GetProperty("estimate").GetDouble(), comparison.AncovaEstimate);
            Close(r.GetProperty("se").GetDouble(), comparison.AncovaStandardError);
            Close(r.GetProperty("p").GetDouble(), comparison.AncovaPValue);
            Close(r.GetProperty("lower").GetDouble(), comparison.AncovaLower);
            Close(r.GetProperty("upper").GetDouble(), comparison.AncovaUpper);
            Close(r.GetProperty("welch").GetDouble(), comparison.WelchDifference);
            Close(r.GetProperty("welchP").GetDouble(), comparison.WelchPValue);
            Close(r.GetProperty("welchLower").GetDouble(), comparison.WelchLower);
            Close(r.GetProperty("welchUpper").GetDouble(), comparison.WelchUpper);
        }
        finally
        {
            File.Delete(file);
        }

        // The demo was built so the program's protective factors rise more than the comparison group's.
        Assert.True(comparison.AncovaEstimate > 0, $"ANCOVA estimate {comparison.AncovaEstimate}");
    }

    /// <summary>
    /// Baseline and the agreed review nearest twelve months later (within 92 days), scored as the mean scale position of
    /// the agreed protective items, for participants with evaluation consent.
    /// </summary>
    private static async Task<(List<double> Before, List<double> After)> ProgramPairsAsync(OfframpDbContext db, Guid programId, int horizonMonths)
    {
        var consenting = await db.Participants.Where(p => p.ProgramId == programId && p.EvaluationConsent && !p.ConsentWithdrawn).Select(p => p.Id).ToListAsync();
        var assessments = await db.Set<Assessment>().AsNoTracking().Where(a => a.ProgramId == programId && a.Status == AssessmentStatus.Agreed).ToListAsync();
        var versions = (await db.Set<InstrumentVersion>().AsNoTracking().ToListAsync()).ToDictionary(v => v.Id, v => v.Parsed());
        var ids = assessments.Select(a => a.Id).ToList();
        var agreed = (await db.Set<ConsensusRating>().AsNoTracking().Where(c => ids.Contains(c.AssessmentId)).ToListAsync()).ToLookup(c => c.AssessmentId);
        double Score(Assessment a)
        {
            var definition = versions[a.InstrumentVersionId];
            return agreed[a.Id].Where(c => definition.Item(c.ItemKey)?.Direction == ItemDirection.Protective).Average(c => definition.Scale.IndexOf(c.Level));
        }

        var before = new List<double>();
        var after = new List<double>();
        foreach (var person in assessments.Where(a => consenting.Contains(a.ParticipantId)).GroupBy(a => a.ParticipantId).OrderBy(g => g.Key))
        {
            var baseline = person.Where(a => a.Kind == AssessmentKind.Baseline).MinBy(a => a.AssessedOn);
            var target = baseline?.AssessedOn.DayNumber + (int)Math.Round(horizonMonths * 365.25 / 12);
            var review = person.Where(a => baseline is not null && a.AssessedOn > baseline.AssessedOn && Math.Abs(a.AssessedOn.DayNumber - target!.Value) <= 92)
                .MinBy(a => Math.Abs(a.AssessedOn.DayNumber - target!.Value));
            if (baseline is not null && review is not null)
            {
                before.Add(Score(baseline));
                after.Add(Score(review));
            }
        }

        return (before, after);
    }

    private static void Close(double expected, double? actual)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
    }
}
