using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Offramp.Hosting.Demo;

using OtpNet;

using Xunit.Sdk;

namespace Offramp.Browser.Tests;

/// <summary>
/// The demo evaluator, in a real browser and only through pages: defines a composite metric for the prison program and
/// finds it in the report; imports a comparison group after the page named the one bad row of the first file; reads the
/// Sri Lanka report against its imported repeated-measures group (ANCOVA and Welch, survival charts that load); reads
/// the inter-rater agreement of the open instrument; and downloads a research export that holds data but no
/// participant code.
/// </summary>
/// <remarks>
/// Every step waits for a specific element, URL or response, never for time. On failure the message carries the page's
/// URL and visible text, so a CI log explains itself.
/// </remarks>
public sealed partial class EvaluatorPagesJourneyTests(EvaluatorPagesJourneyTests.DemoWithCases app, BrowserSession browser)
    : IClassFixture<EvaluatorPagesJourneyTests.DemoWithCases>, IClassFixture<BrowserSession>
{
    private const float Patient = 90_000;

    private const string Prison = "Back on Track mentoring (prison)";
    private const string SriLanka = "Sri Lanka rehabilitation streams (residential)";
    private const string Composite = "No re-arrest and employed at 12 months";
    private const string NoReArrest = "No re-arrest or reconviction within 12 months of release";
    private const string Employed = "Employed at 12 months";
    private const string ImportedGroup = "Published reconviction cohort (journey test)";
    private const string OpenInstrument = "Open Pathways Review";
    private const string SriLankaGroup = "Ex-combatants not in a rehabilitation centre (demo)";

    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = Patient };
    private static readonly LocatorAssertionsToContainTextOptions ContainsText = new() { Timeout = Patient };

    private IPage page = null!;

    [Fact]
    public async Task Evaluator_defines_a_composite_imports_a_group_compares_reads_agreement_and_exports()
    {
        Assertions.SetDefaultExpectTimeout(Patient);
        await using var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patient);
        context.SetDefaultNavigationTimeout(Patient);
        page = await context.NewPageAsync();
        try
        {
            await SignInAsEvaluatorAsync();

            await OpenTheReportOfAsync(Prison);
            await OpenTheMetricsPageAsync();
            await DefineTheCompositeMetricAsync();
            await SeeTheCompositeListedInWordsAsync();
            await GoBackToTheReportAndSeeTheCompositeSectionAsync();

            await OpenComparisonGroupsAsync();
            await UploadAFileWithABadRowAndSeeItNamedAsync();
            await UploadTheCorrectedFilePreviewAndImportAsync();

            await OpenTheReportOfAsync(SriLanka);
            await CompareWithTheImportedGroupAsync(SriLankaGroup);
            await SeeAncovaAndWelchFiguresAsync();
            await SeeTheSurvivalChartsLoadAsync();

            await SwitchToThePrisonProgramWithTheSriLankaGroupStillChosenAsync();
            await CompareWithTheImportedGroupAsync(ImportedGroup);
            await SeeThePrisonProgramComparedWithTheImportedGroupAsync();

            await OpenTheReportOfAsync(SriLanka);
            await OpenInterRaterAgreementAsync();
            await SeeKappaAndIccForTheOpenInstrumentAsync();

            await OpenTheResearchExportAsync();
            await DownloadTheExportAndCheckItHoldsDataButNoCodesAsync();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException or XunitException)
        {
            throw new XunitException($"{e.GetType().Name}: {e.Message}\n{await DescribePageAsync()}", e);
        }
    }

    private async Task SignInAsEvaluatorAsync()
    {
        var evaluator = DemoAccounts.All.Single(a => a.Email == "evaluator@demo.offramp.org");
        await BrowserSession.SignInAsync(page, app.BaseUrl, evaluator.Email, DemoAccounts.Password, evaluator.TotpSecret, landing: "/Evaluation");
    }

    /// <summary>From any page: the "Evaluation" link in the menu, the program chosen, "Show report".</summary>
    private async Task OpenTheReportOfAsync(string program)
    {
        await BrowserSession.MenuAsync(page, "Evaluation", "Evaluation report");
        var builder = page.GetByTestId("cohort-builder");
        await Assertions.Expect(builder).ToBeVisibleAsync(Visible);
        await builder.GetByLabel("Program", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = program });
        await builder.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Assertions.Expect(ReportHeading(program)).ToBeVisibleAsync(Visible);
    }

    private async Task OpenTheMetricsPageAsync()
    {
        await page.GetByTestId("metrics-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"What success means: {Prison}", Level = 1 })).ToBeVisibleAsync(Visible);
    }

    private async Task DefineTheCompositeMetricAsync()
    {
        var form = page.GetByTestId("define-metric");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(Composite);
        await form.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "All of several metrics (composite)" });
        var components = form.GetByTestId("component-choices");
        await components.GetByLabel(NoReArrest, new() { Exact = true }).CheckAsync();
        await components.GetByLabel(Employed, new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Define the metric" }).ClickAsync();
    }

    private async Task SeeTheCompositeListedInWordsAsync()
    {
        var row = page.GetByTestId("metrics").GetByTestId("metric-row").Filter(new() { HasText = Composite });
        await Assertions.Expect(row).ToBeVisibleAsync(Visible);
        await Assertions.Expect(row).ToContainTextAsync("All of several metrics (composite)", ContainsText);
        await Assertions.Expect(row).ToContainTextAsync("Success on every one of", ContainsText);
        // The components are listed by name, in the order the page keeps them (not the order they were ticked).
        var components = row.GetByTestId("components").GetByRole(AriaRole.Listitem);
        await Assertions.Expect(components).ToHaveCountAsync(2, new() { Timeout = Patient });
        await Assertions.Expect(components.Filter(new() { HasText = NoReArrest })).ToHaveCountAsync(1, new() { Timeout = Patient });
        await Assertions.Expect(components.Filter(new() { HasText = Employed })).ToHaveCountAsync(1, new() { Timeout = Patient });
    }

    private async Task GoBackToTheReportAndSeeTheCompositeSectionAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the evaluation report" }).ClickAsync();
        await Assertions.Expect(ReportHeading(Prison)).ToBeVisibleAsync(Visible);
        var section = MetricSection(Composite);
        await Assertions.Expect(section).ToBeVisibleAsync(Visible);
        await Assertions.Expect(section).ToContainTextAsync("Included", ContainsText);
    }

    private async Task OpenComparisonGroupsAsync()
    {
        await page.GetByTestId("evaluation-tools").GetByRole(AriaRole.Link, new() { Name = "Comparison groups" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Comparison groups: {Prison}", Level = 1 })).ToBeVisibleAsync(Visible);
    }

    private async Task UploadAFileWithABadRowAndSeeItNamedAsync()
    {
        var form = page.GetByTestId("import-comparison-group");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(ImportedGroup);
        await form.GetByLabel("Outcome definition and source").FillAsync("Any reconviction within the months at risk; synthetic rows written by the browser test.");
        await ChooseCsvAsync(form, TimeToEvent(badRow: true));
        await form.GetByRole(AriaRole.Button, new() { Name = "Check and preview" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("problems")).ToContainTextAsync("Row 4, column event", ContainsText);
        await Assertions.Expect(page.GetByTestId("import")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("preview")).ToHaveCountAsync(0);
    }

    private async Task UploadTheCorrectedFilePreviewAndImportAsync()
    {
        var form = page.GetByTestId("import-comparison-group");
        await Assertions.Expect(form.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(ImportedGroup, new() { Timeout = Patient });
        await ChooseCsvAsync(form, TimeToEvent(badRow: false));
        await form.GetByRole(AriaRole.Button, new() { Name = "Check and preview" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-rows")).ToHaveTextAsync(TimeToEventRows.ToString(CultureInfo.InvariantCulture), new() { Timeout = Patient });
        await Assertions.Expect(page.GetByTestId("preview-design")).ToHaveTextAsync("Time to an adverse event", new() { Timeout = Patient });
        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("imported")).ToContainTextAsync(ImportedGroup, ContainsText);
        var listed = page.GetByTestId("comparison-groups").GetByRole(AriaRole.Row).Filter(new() { HasText = ImportedGroup });
        await Assertions.Expect(listed).ToContainTextAsync("Time to an adverse event", ContainsText);
        await Assertions.Expect(listed).ToContainTextAsync(TimeToEventRows.ToString(CultureInfo.InvariantCulture), ContainsText);
    }

    /// <summary>
    /// The "Compare" list offers the groups of the program shown, so the report is opened first, then compared: the
    /// imported group's option reads "Imported group: …".
    /// </summary>
    private async Task CompareWithTheImportedGroupAsync(string group)
    {
        var builder = page.GetByTestId("cohort-builder");
        await builder.GetByLabel("Compare", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Imported group: {group}" });
        await builder.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ComparedWithAGroup(), new() { Timeout = Patient });
    }

    private async Task SeeAncovaAndWelchFiguresAsync()
    {
        var comparison = page.GetByTestId("change-comparison");
        await Assertions.Expect(comparison).ToBeVisibleAsync(Visible);
        await Assertions.Expect(comparison).ToContainTextAsync(SriLankaGroup, ContainsText);
        await Assertions.Expect(comparison.GetByTestId("ancova")).ToHaveTextAsync(Number(), new() { Timeout = Patient });
        await Assertions.Expect(comparison.GetByTestId("welch")).ToHaveTextAsync(Number(), new() { Timeout = Patient });
    }

    /// <summary>Each chart decoded by the browser, and its address answering 200 with SVG (as the forest plot is checked).</summary>
    private async Task SeeTheSurvivalChartsLoadAsync()
    {
        var charts = page.GetByTestId("evaluation-report").GetByRole(AriaRole.Img, new() { Name = "Survival curves with 95% confidence bands" });
        await Assertions.Expect(charts.First).ToBeVisibleAsync(Visible);
        var count = await charts.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            await chart.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await chart.ElementHandleAsync(), new() { Timeout = Patient });
            var src = await chart.EvaluateAsync<string>("img => img.src");
            var svg = await page.Context.APIRequest.GetAsync(src, new() { Timeout = Patient });
            Assert.True(svg.Status == 200, $"chart {i + 1} of {count} answered {svg.Status}: {src}");
            Assert.StartsWith("image/svg+xml", svg.Headers["content-type"], StringComparison.Ordinal);
            Assert.Contains("<svg", await svg.TextAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The "Compare" list still names the Sri Lanka group when the prison program is chosen: the page says to choose
    /// one of the program's groups (before, it answered with a bare 422 problem document) and now lists the prison's.
    /// </summary>
    private async Task SwitchToThePrisonProgramWithTheSriLankaGroupStillChosenAsync()
    {
        var builder = page.GetByTestId("cohort-builder");
        await builder.GetByLabel("Program", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Prison });
        await builder.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-problems")).ToContainTextAsync("Choose one of the program's imported comparison groups.", ContainsText);
        await Assertions.Expect(page.GetByTestId("evaluation-report")).ToHaveCountAsync(0);
        var compare = page.GetByTestId("cohort-builder").GetByLabel("Compare", new() { Exact = true });
        await Assertions.Expect(compare.GetByRole(AriaRole.Option, new() { Name = $"Imported group: {ImportedGroup}" })).ToHaveCountAsync(1);
        await Assertions.Expect(compare.GetByRole(AriaRole.Option, new() { Name = $"Imported group: {SriLankaGroup}" })).ToHaveCountAsync(0);
    }

    private async Task SeeThePrisonProgramComparedWithTheImportedGroupAsync()
    {
        await Assertions.Expect(ReportHeading(Prison)).ToBeVisibleAsync(Visible);
        var comparison = MetricSection(NoReArrest).GetByTestId("comparison");
        await Assertions.Expect(comparison).ToBeVisibleAsync(Visible);
        await Assertions.Expect(MetricSection(NoReArrest)).ToContainTextAsync(ImportedGroup, ContainsText);
    }

    private async Task OpenInterRaterAgreementAsync()
    {
        await page.GetByTestId("evaluation-tools").GetByRole(AriaRole.Link, new() { Name = "Inter-rater agreement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Inter-rater agreement: {SriLanka}", Level = 1 })).ToBeVisibleAsync(Visible);
    }

    private async Task SeeKappaAndIccForTheOpenInstrumentAsync()
    {
        var instrument = page.GetByRole(AriaRole.Region, new() { Name = OpenInstrument, Exact = true });
        await Assertions.Expect(instrument).ToBeVisibleAsync(Visible);
        // The first tables are the figures over all items; each domain's follow in closed details.
        var kappa = instrument.GetByTestId("kappa").First.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "kappa" }) });
        await Assertions.Expect(kappa.First).ToContainTextAsync(Number(), ContainsText);
        var icc = instrument.GetByTestId("icc").First.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader) });
        await Assertions.Expect(icc.First).ToContainTextAsync(Number(), ContainsText);
    }

    private async Task OpenTheResearchExportAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the evaluation report" }).ClickAsync();
        await Assertions.Expect(ReportHeading(SriLanka)).ToBeVisibleAsync(Visible);
        await page.GetByTestId("evaluation-tools").GetByRole(AriaRole.Link, new() { Name = "Research export" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Research export: {SriLanka}", Level = 1 })).ToBeVisibleAsync(Visible);
    }

    private async Task DownloadTheExportAndCheckItHoldsDataButNoCodesAsync()
    {
        await page.GetByLabel("Recipient (person or institution)").FillAsync("University of Example, disengagement study");
        var evaluator = DemoAccounts.All.Single(a => a.Email == "evaluator@demo.offramp.org");
        await page.GetByLabel("Fresh authenticator code (step-up)").FillAsync(new Totp(Base32Encoding.ToBytes(evaluator.TotpSecret)).ComputeTotp());
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Download the export" }).ClickAsync(), new() { Timeout = Patient });
        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var bytes = new MemoryStream();
        await using (var stream = await download.CreateReadStreamAsync())
        {
            await stream.CopyToAsync(bytes);
        }

        bytes.Position = 0;
        using var zip = new ZipArchive(bytes, ZipArchiveMode.Read);
        var csvs = zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(csvs);
        var withRows = 0;
        foreach (var entry in csvs)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            Assert.False(ParticipantCode().IsMatch(text), $"{entry.FullName} holds a participant code: {ParticipantCode().Match(text).Value}");
            withRows += text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1 ? 1 : 0;
        }

        Assert.True(withRows > 0, $"no CSV with rows among {string.Join(", ", csvs.Select(e => e.FullName))}");
    }

    private ILocator ReportHeading(string program) =>
        page.GetByTestId("evaluation-report").GetByRole(AriaRole.Heading, new() { Name = program, Exact = true, Level = 2 });

    private ILocator MetricSection(string metric) =>
        page.GetByTestId("evaluation-report").GetByTestId("metric")
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = metric, Exact = true, Level = 3 }) });

    private static Task ChooseCsvAsync(ILocator form, string csv) =>
        form.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "comparison.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

    private const int TimeToEventRows = 8;

    /// <summary>Months at risk and whether the event happened; with <paramref name="badRow"/>, row 4 (header is row 1) says "yes".</summary>
    private static string TimeToEvent(bool badRow) =>
        "months_at_risk,event,gender\n" +
        "24,0,Female\n" +
        "7.5,1,Male\n" +
        (badRow ? "12,yes,Male\n" : "12,1,Male\n") +
        "36,0,\n" +
        "18,0,Male\n" +
        "30,0,Female\n" +
        "5,1,Other\n" +
        "40,0,Male\n";

    /// <summary>A figure as the report prints it, e.g. 0.123 or -0.05.</summary>
    [GeneratedRegex(@"-?\d+\.\d+")]
    private static partial Regex Number();

    /// <summary>The report's address once an imported group is chosen: the list's value is the group's id.</summary>
    [GeneratedRegex("[?&]Compare=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(&|$)")]
    private static partial Regex ComparedWithAGroup();

    /// <summary>A participant code, as the app issues them (no 0, 1, I or O).</summary>
    [GeneratedRegex("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")]
    private static partial Regex ParticipantCode();

    /// <summary>The page's URL and visible text (validation messages included), for the failure message.</summary>
    private async Task<string> DescribePageAsync()
    {
        if (page is null)
        {
            return "(no page)";
        }

        try
        {
            var body = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            return $"--- at {page.Url}\n{(body.Length > 4000 ? body[..4000] + " [...]" : body)}";
        }
        catch (PlaywrightException e)
        {
            return $"--- at {page.Url} (page text unavailable: {e.Message})";
        }
    }

    /// <summary>
    /// The demo organisation with enough synthetic cases for every program's report to have figures: the Sri Lanka
    /// program is then assessed twice by two raters and has its imported repeated-measures comparison group.
    /// </summary>
    public sealed class DemoWithCases : LiveApp
    {
        protected override int SyntheticParticipants => 300;

        protected override int Seed => 1;
    }
}
