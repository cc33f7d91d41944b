using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Hosting.Demo;
using Offramp.Web;

namespace Offramp.Browser.Tests;

/// <summary>
/// The demo evaluator, in a real browser, opens the evaluation report of the demo prison program over synthetic cases:
/// the survival chart and the rates table are there, and no participant's name or code is anywhere on the page.
/// </summary>
public sealed class EvaluationJourneyTests(EvaluationJourneyTests.DemoWithCases app, BrowserSession browser)
    : IClassFixture<EvaluationJourneyTests.DemoWithCases>, IClassFixture<BrowserSession>
{
    /// <summary>The CI machine is loaded (two cores, several builds): waits are generous, never fixed sleeps.</summary>
    private const float Patience = 90_000;

    private const string Program = "Back on Track mentoring (prison)";

    [Fact]
    public async Task Evaluator_sees_the_survival_chart_and_rates_and_no_identity()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        var evaluator = DemoAccounts.All.Single(a => a.Email == "evaluator@demo.offramp.org");
        await using var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, evaluator.Email, DemoAccounts.Password, evaluator.TotpSecret, landing: "/Evaluation");

        await BrowserSession.MenuAsync(page, "Evaluation", "Evaluation report");
        await Assertions.Expect(page.GetByTestId("cohort-builder")).ToBeVisibleAsync();
        await page.Locator("#program").SelectOptionAsync(new SelectOptionValue { Label = Program });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        var report = page.GetByTestId("evaluation-report");
        await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Name = Program, Level = 2 })).ToBeVisibleAsync();
        var metric = report.GetByTestId("metric").Filter(new() { HasText = "No terrorist or violent reconviction within 24 months of release" });
        await Assertions.Expect(metric).ToBeVisibleAsync();

        // The chart is an image the app renders; wait until the browser has decoded it, not just until the tag exists.
        var chart = metric.Locator("img.chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await chart.ElementHandleAsync(), new() { Timeout = Patience });
        var rates = metric.Locator("table").Filter(new() { Has = page.Locator("caption", new() { HasText = "Success at the horizon" }) });
        await Assertions.Expect(rates.Locator("tbody tr").First).ToContainTextAsync("All");
        Assert.True(await rates.Locator("tbody tr").CountAsync() >= 2, "the rate for all and at least one per gender");

        var text = await page.Locator("body").InnerTextAsync();
        var html = await page.ContentAsync();
        Assert.NotEmpty(app.Identities);
        foreach (var (name, code) in app.Identities)
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
            Assert.DoesNotContain(code, html, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The real app on a real Kestrel port over a fresh SQLite file, with the demo organisation and synthetic cases
    /// (releases, outcomes, consents), and the names and codes of the prison program's participants to look for.
    /// </summary>
    public sealed class DemoWithCases : LiveApp
    {
        /// <summary>"Given Family" and participant code of each participant of the prison program.</summary>
        public IReadOnlyList<(string Name, string Code)> Identities { get; private set; } = [];

        protected override int SyntheticParticipants => 240;

        protected override int Seed => 7;

        protected override async Task AfterSeedAsync(IServiceProvider services)
        {
            var db = services.GetRequiredService<OfframpDbContext>();
            var sealer = services.GetRequiredService<IdentitySealer>();
            var programId = await db.Programs.Where(p => p.Name == Program).Select(p => p.Id).SingleAsync();
            var participants = await db.Participants.AsNoTracking().Where(p => p.ProgramId == programId).ToListAsync();
            Identities = [.. participants.Select(p => (sealer.Open(p) is var identity ? $"{identity.GivenName} {identity.FamilyName}" : "", p.Code))];
        }
    }
}
