using System.Net;
using System.Text.RegularExpressions;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.Reports.Evaluation;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Evaluation;

/// <summary>
/// The CLI's report.html and the web page show one program's evaluation through the same component: the report
/// section of each is the same markup, figure for figure, and only the chart differs (inline SVG in the file, a link
/// to the page's chart handler on the web).
/// </summary>
public sealed partial class OneReportRendererTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_cli_file_and_the_web_page_show_the_same_report(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("One renderer");
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", new DefineMetricCommand
        {
            Name = "No violent reconviction within 24 months of release",
            Kind = MetricKind.NoAdverseOutcome,
            OutcomeTypes = [OutcomeType.ReconvictionOtherViolent],
            Anchor = MetricAnchor.Release,
            HorizonMonths = 24,
        }).ExpectAsync(HttpStatusCode.Created);

        // Completers and early leavers of both genders, some reconvicted: rates, a comparison and a hazard ratio to show.
        await world.AddEvaluationCasesAsync(program,
        [
            .. Enumerable.Range(0, 10).Select(i => new EvaluationCase(Stage: Stage.FollowUp, Gender: i % 2 == 0 ? Gender.Female : Gender.Male,
                Outcomes: i < 3 ? [(OutcomeType.ReconvictionOtherViolent, 700 - (i * 50))] : null)),
            .. Enumerable.Range(0, 10).Select(i => new EvaluationCase(Stage: Stage.Withdrawn, Gender: i % 2 == 0 ? Gender.Female : Gender.Male,
                Outcomes: i < 6 ? [(OutcomeType.ReconvictionOtherViolent, 800 - (i * 40))] : null)),
        ]);
        var folder = AppCli.OutputFolder(world, "one-renderer");
        (await AppCli.RunAsync(world, "report", "evaluation", "--program", await AppCli.ProgramNameAsync(world, program), "--out", folder)).ShouldSucceed();
        using var page = await PageSession.SignInAsync(world, Persona.Evaluator);

        var file = ReportSection(await File.ReadAllTextAsync(Path.Combine(folder, "report.html")));
        var web = ReportSection(await page.GetPageAsync($"/Evaluation?ProgramId={program}"));

        Assert.Single(InlineChart().Matches(file));
        Assert.Single(LinkedChart().Matches(web));
        var report = await (await world.Client(Persona.Evaluator).GetAsync($"/api/v1/programs/{program}/evaluation/report").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<EvaluationReport>();
        var rate = Assert.Single(report.Metrics).Rate!;
        Assert.Equal((11L, 20), (rate.Successes, rate.N));
        var figures = WebUtility.HtmlEncode(ReportFigures.Interval(rate.Proportion, rate.Lower, rate.Upper));
        Assert.Contains(figures, file, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"comparison\"", file, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"adjusted-hazard-ratio\"", file, StringComparison.Ordinal);
        // The CLI and the page each report as of their own today, which differ if the test runs across midnight.
        Assert.Equal(AsOf().Replace(InlineChart().Replace(file, "[chart]"), "[as of]"), AsOf().Replace(LinkedChart().Replace(web, "[chart]"), "[as of]"));
    }

    /// <summary>The report component's output within a page: its one section, from the opening tag to its close.</summary>
    private static string ReportSection(string html)
    {
        var start = html.IndexOf("<section class=\"evaluation-report\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no evaluation report");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..(end + "</section>".Length)];
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex InlineChart();

    [GeneratedRegex("<img class=\"chart\"[^>]*>")]
    private static partial Regex LinkedChart();

    [GeneratedRegex("As of [0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex AsOf();
}
