using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

using Offramp.Core.Access;
using Offramp.Core.Assessments;
using Offramp.Core.Data;
using Offramp.Hosting.Demo;
using Offramp.Reports.Charts;

namespace Offramp.Browser.Tests;

/// <summary>
/// What only a browser can show of issue #16's everyday fixes, measured on the laid-out page: the disclosure register
/// fits a laptop (#4), text boxes count characters as you type (#7), the evaluator lands on their programs and the
/// director's menu holds one row (#8), codes and dates never break inside on a phone (#10), and trajectory charts are
/// read at full width, not as thumbnails (#11).
/// </summary>
public sealed class EverydayLayoutTests(EverydayLayoutTests.LayoutApp app, BrowserSession browser) : IClassFixture<EverydayLayoutTests.LayoutApp>, IClassFixture<BrowserSession>
{
    private const int Laptop = 1366;

    // One account per test where two tests would sign the same account in within one 30-second code step.
    private static DemoAccount Demo(string email) => DemoAccounts.All.Single(a => a.Email == email);

    [Fact]
    public async Task The_disclosure_register_fits_a_laptop_and_the_directors_menu_holds_one_row()
    {
        var page = await SignedInAsync(Demo("director@demo.offramp.org"), Laptop, 900);

        // The menu: every top-level entry on the same row, so the header stays one line tall.
        var entries = page.Locator("header.site nav ul.menu > li");
        Assert.True(await entries.CountAsync() >= 4, "the director's menu has fewer than four entries");
        var tops = new HashSet<double>();
        foreach (var entry in await entries.AllAsync())
        {
            tops.Add(Math.Round((await entry.BoundingBoxAsync())!.Y));
        }

        Assert.True(tops.Count == 1, $"the director's menu wraps to {tops.Count} rows");
        var header = await page.Locator("header.site").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"the header is {header.Height}px tall");

        // The register: rows with their shortened hash, and nothing wider than the screen.
        await page.GotoAsync($"{app.BaseUrl}/Safeguarding/Registry");
        var register = page.GetByTestId("disclosure-registry");
        await Assertions.Expect(register.Locator("tbody tr").First).ToBeVisibleAsync();
        Assert.True(await register.Locator("code[title]").CountAsync() >= 1, "no disclosed record with its hash in the demo register");
        var width = await page.EvaluateAsync<double>("document.documentElement.scrollWidth");
        Assert.True(width <= Laptop, $"the register page is {width}px wide at {Laptop}");
        var table = await register.BoundingBoxAsync();
        Assert.True(table!.X + table.Width <= Laptop, $"the register's table ends at {table.X + table.Width}px");
        var code = register.Locator("tbody a.code").First;
        await code.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Participants/Details/"));
    }

    [Fact]
    public async Task A_text_box_counts_characters_as_you_type()
    {
        var page = await SignedInAsync(Demo("caseworker2@demo.offramp.org"), Laptop, 900);
        await page.GotoAsync($"{app.BaseUrl}/Participants/New");

        var reason = page.Locator("textarea[name='Input.Reason']");
        var counter = page.Locator("#Input_Reason-count");
        await Assertions.Expect(counter).ToHaveTextAsync("0 of 4,000 characters");
        await reason.FillAsync("Referred after a risk review.");
        await Assertions.Expect(counter).ToHaveTextAsync("29 of 4,000 characters");
        Assert.Contains("Input_Reason-count", await reason.GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);

        // At the limit the counter says so, rather than the browser cutting silently.
        await reason.FillAsync(new string('a', 4000));
        await Assertions.Expect(counter).ToHaveTextAsync("4,000 of 4,000 characters");
        await Assertions.Expect(counter).ToHaveClassAsync(new Regex("\\bfull\\b"));
    }

    [Fact]
    public async Task The_evaluator_lands_on_their_programs_and_each_opens_its_report()
    {
        var page = await SignedInAsync(Demo("evaluator@demo.offramp.org"), Laptop, 900, landing: "/Evaluation");

        var programs = page.GetByTestId("evaluated-programs").Locator("li.card");
        Assert.True(await programs.CountAsync() >= 2, "the evaluator's landing page lists fewer than two programs");
        var first = programs.First;
        var name = await first.Locator("h3").InnerTextAsync();
        await first.GetByRole(AriaRole.Link, new() { Name = "Evaluation report", Exact = true }).ClickAsync();

        var report = page.GetByTestId("evaluation-report");
        await Assertions.Expect(report.GetByRole(AriaRole.Heading, new() { Name = name, Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("evaluated-programs")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_codes_and_dates_never_break_inside()
    {
        var page = await SignedInAsync(Demo("caseworker@demo.offramp.org"), 390, 844, phone: true);

        // An inline element broken over two lines has two client rectangles.
        var counts = await page.EvaluateAsync<int[]>(
            "() => { const tokens = [...document.querySelectorAll('main .code, main time')];" +
            " return [tokens.length, tokens.filter(t => t.getClientRects().length > 1).length]; }");
        Assert.True(counts[0] >= 5, $"only {counts[0]} codes and dates on the caseworker's home page");
        Assert.Equal(0, counts[1]);
        var width = await page.EvaluateAsync<double>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the home page is {width}px wide on a 390px phone");
    }

    [Fact]
    public async Task Trajectory_charts_are_read_at_full_width()
    {
        var page = await SignedInAsync(Demo("psychologist@demo.offramp.org"), Laptop, 900);
        await page.GotoAsync($"{app.BaseUrl}/Assessments/Trajectory?id={app.AssessedParticipantId}");

        var charts = page.GetByTestId("trajectory-charts").Locator("img");
        await Assertions.Expect(charts.First).ToBeVisibleAsync();
        var main = await page.Locator("main").BoundingBoxAsync();
        foreach (var chart in await charts.AllAsync())
        {
            await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await chart.ElementHandleAsync());
            var box = await chart.BoundingBoxAsync();
            Assert.True(box!.Width >= 640, $"a trajectory chart is {box.Width}px wide");
            Assert.True(box.Width >= main!.Width * 0.6, $"a trajectory chart takes {box.Width}px of {main.Width}px");
        }

        // The chart's own text is in the app's font (not the browser's serif default), and no date is written the US way.
        var svg = await page.EvaluateAsync<string>("async url => (await fetch(url)).text()", await charts.First.GetAttributeAsync("src"));
        var fonts = Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([ChartSvg.FontStack], fonts);
        Assert.DoesNotMatch(@"\b\d{1,2}/\d{1,2}/\d{4}\b", svg);
    }

    private async Task<IPage> SignedInAsync(DemoAccount account, int width, int height, string landing = "/", bool phone = false)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = phone, HasTouch = phone });
        context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, account.Email, DemoAccounts.Password, account.TotpSecret, landing);
        return page;
    }

    /// <summary>The demo with a caseload, so there are rows, disclosures and trajectories to lay out.</summary>
    public sealed class LayoutApp : LiveApp
    {
        // Enough that the demo's safeguarding story finds its three open prison cases (a disclosure in the register).
        protected override int SyntheticParticipants => 200;

        /// <summary>A participant on the demo psychologist's team with two agreed assessments, so the charts have lines.</summary>
        public Guid AssessedParticipantId { get; private set; }

        protected override async Task AfterSeedAsync(IServiceProvider services)
        {
            var db = services.GetRequiredService<OfframpDbContext>();
            var psychologist = await db.Set<AppUser>().Where(u => u.Email == "psychologist@demo.offramp.org").Select(u => u.Id).SingleAsync();
            var theirs = db.CaseTeamMembers.Where(m => m.UserId == psychologist).Select(m => m.ParticipantId);
            AssessedParticipantId = await db.Set<Assessment>()
                .Where(a => a.Status == AssessmentStatus.Agreed && theirs.Contains(a.ParticipantId))
                .GroupBy(a => a.ParticipantId).Where(g => g.Count() >= 2).Select(g => g.Key).OrderBy(id => id).FirstAsync();
        }
    }
}
