using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Evaluation;

/// <summary>
/// `offramp report evaluation` with the real binary on a small seeded program: report.html with the chart inline and
/// CSV tables with the figures the metric defines, participants without evaluation consent left out and counted,
/// nothing that identifies anyone, and a cell a spreadsheet would run as a formula neutralised.
/// </summary>
public sealed class EvaluationReportCommandTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string MetricName = "=No violent reconviction within 24 months of release";

    [Theory]
    [BothProviders]
    public async Task The_report_writes_html_and_csv_tables_with_the_figures(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Cli report");
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", new DefineMetricCommand
        {
            Name = MetricName,
            Kind = MetricKind.NoAdverseOutcome,
            OutcomeTypes = [OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent],
            Anchor = MetricAnchor.Release,
            HorizonMonths = 24,
        }).ExpectAsync(HttpStatusCode.Created);
        var ids = await world.AddEvaluationCasesAsync(program,
        [
            // Released 1,000 days ago: three violent reconvictions 100, 200 and 300 days later.
            .. Enumerable.Range(0, 3).Select(i => new EvaluationCase(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 900 - (i * 100))])),

            // Not counted at the horizon: a non-violent reconviction, a violent one before release, a terrorist one after 24 months.
            new(Outcomes: [(OutcomeType.ReconvictionOther, 800)]),
            new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 1100)]),
            new(Outcomes: [(OutcomeType.ReconvictionTerrorism, 100)]),
            .. Enumerable.Range(0, 4).Select(_ => new EvaluationCase()),
            new(ReleasedDaysAgo: null),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReconvictionTerrorism, 900)]),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReconvictionTerrorism, 900)]),
        ]);
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Code).ToListAsync());
        var name = await AppCli.ProgramNameAsync(world, program);
        var folder = AppCli.OutputFolder(world, "report");

        var result = (await AppCli.RunAsync(world, "report", "evaluation", "--program", name, "--out", folder)).ShouldSucceed();

        Assert.Contains("11 participants, 2 excluded without evaluation consent, 1 metric,", result.Output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        Assert.Contains($"<h1>Evaluation: {WebUtility.HtmlEncode(name)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("2 participants are left out of every figure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // Everyone completed: no groups to compare, and the report says so instead of leaving the hazard ratio out silently.
        Assert.Contains(WebUtility.HtmlEncode("Only one of completed and left early has anyone in this metric, so the groups cannot be compared."), html, StringComparison.Ordinal);

        // rates.csv: 7 of the 10 released participants without a counted reconviction within 24 months, with the
        // Wilson interval statsmodels gives (proportion_confint(7, 10, method="wilson")); the metric name neutralised.
        var all = Rows(folder, "rates.csv").Single(r => r[1] == "All");
        Assert.Equal("'" + MetricName, all[0]);
        Assert.Equal(("7", "10", "0"), (all[2], all[3], all[7]));
        Assert.Equal(0.7, Number(all[4]), 12);
        Assert.Equal(0.396778147461145, Number(all[5]), 9);
        Assert.Equal(0.892208732593699, Number(all[6]), 9);

        // survival.csv: every time of the Kaplan-Meier curve as R's survfit lists them, the four events (100, 200, 300
        // and 900 days after release) and the censoring of the other six at the report date: 0.9, 0.8, 0.7, 0.7 * 6/7.
        var steps = Rows(folder, "survival.csv").Where(r => r[1] == "All").Select(r => Number(r[3])).ToList();
        Assert.Equal(5, steps.Count);
        Assert.All(steps.Zip([0.9, 0.8, 0.7, 0.6, 0.6]), s => Assert.Equal(s.Second, s.First, 12));
        Assert.Single(Rows(folder, "comparisons.csv"));
        Assert.Empty(Rows(folder, "change.csv"));

        var everything = string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText));
        Assert.All(codes, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.DoesNotContain(id.ToString(), everything, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [BothProviders]
    public async Task A_composite_metric_is_reported_like_the_others(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Cli composite");
        async Task<Guid> DefineAsync(DefineMetricCommand command) =>
            await (await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", command)
                .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        var reconviction = await DefineAsync(new() { Name = "No violent reconviction", Kind = MetricKind.NoAdverseOutcome, OutcomeTypes = [OutcomeType.ReconvictionOtherViolent], HorizonMonths = 24 });
        var employed = await DefineAsync(new() { Name = "Employed at 12 months", Kind = MetricKind.PositiveOutcome, OutcomeTypes = [OutcomeType.Employment], HorizonMonths = 12 });
        await DefineAsync(new() { Name = "Not reconvicted and employed", Kind = MetricKind.Composite, ComponentMetricIds = [reconviction, employed] });
        await world.AddEvaluationCasesAsync(program,
        [
            // Released 1,000 days ago: 3 employed and not reconvicted, 1 employed and reconvicted, 2 never employed.
            .. Enumerable.Range(0, 3).Select(_ => new EvaluationCase(Outcomes: [(OutcomeType.Employment, 900)])),
            new(Outcomes: [(OutcomeType.Employment, 900), (OutcomeType.ReconvictionOtherViolent, 800)]),
            .. Enumerable.Range(0, 2).Select(_ => new EvaluationCase()),

            // Not released: at risk on neither component.
            new(ReleasedDaysAgo: null),
        ]);
        var folder = AppCli.OutputFolder(world, "composite");

        (await AppCli.RunAsync(world, "report", "evaluation", "--program", await AppCli.ProgramNameAsync(world, program), "--out", folder)).ShouldSucceed();

        var html = WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(folder, "report.html")));
        Assert.Contains("Success on every one of: No violent reconviction; Employed at 12 months.", html, StringComparison.Ordinal);
        Assert.Contains("1 for whom a component cannot be determined", html, StringComparison.Ordinal);

        // 3 of the 6 released succeed on both (proportion_confint(3, 6, method="wilson") from statsmodels).
        var all = Rows(folder, "rates.csv").Single(r => r[0] == "Not reconvicted and employed" && r[1] == "All");
        Assert.Equal(("3", "6", "0"), (all[2], all[3], all[7]));
        Assert.Equal(0.5, Number(all[4]), 12);
        Assert.Equal(0.187616306482651, Number(all[5]), 9);
        Assert.Equal(0.812383693517349, Number(all[6]), 9);
    }

    [Fact]
    public async Task An_unknown_program_is_refused_and_nothing_is_written()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var folder = AppCli.OutputFolder(world, "none");

        (await AppCli.RunAsync(world, "report", "evaluation", "--program", "No such program", "--out", folder)).ShouldFail(1, "There is no program named 'No such program'.");
        Assert.False(Directory.Exists(folder));
        (await AppCli.RunAsync(world, "report", "evaluation", "--out", folder)).ShouldFail(1, "--program");
    }

    /// <summary>The data rows of one of the report's CSV tables, fields unquoted (no commas or quotes inside these fields).</summary>
    private static List<string[]> Rows(string folder, string file) =>
        [.. File.ReadAllLines(Path.Combine(folder, file)).Skip(1).Select(line => line.Split(',').Select(field => field.Trim('"')).ToArray())];

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}
