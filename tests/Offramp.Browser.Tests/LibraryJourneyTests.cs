using Microsoft.Playwright;

using Offramp.Hosting.Demo;

using Xunit.Sdk;

namespace Offramp.Browser.Tests;

/// <summary>
/// The practice library in a real browser, on the demo as first start seeds it: the director writes the next version
/// of the prison program's profile and sees that a second director must release it; the hub's admin finds the program
/// by a lesson's tag, reads it on EMMIE with its evidence, follows it, and compares it with a program from the sources.
/// </summary>
public sealed class LibraryJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    private const string Program = "Back on Track mentoring (prison)";
    private const float Patient = 90_000;

    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = Patient };
    private static readonly LocatorAssertionsToContainTextOptions ContainsText = new() { Timeout = Patient };

    private readonly List<(string Who, IPage Page)> pages = [];

    [Fact]
    public async Task Director_writes_the_profile_and_the_hub_finds_reads_follows_and_compares_it()
    {
        try
        {
            await WalkAsync();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException or XunitException)
        {
            var text = new System.Text.StringBuilder();
            foreach (var (who, page) in pages)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"--- {who} at {page.Url}\n").Append(await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unavailable)")).Append('\n');
            }

            throw new XunitException($"{e.GetType().Name}: {e.Message}\n{text}", e);
        }
    }

    private async Task WalkAsync()
    {
        var director = await SignInAsync(DemoAccounts.All.Single(a => a.Email == "director@demo.offramp.org"), "/");
        await BrowserSession.MenuAsync(director, "Evaluation", "Practice library");
        await director.Locator("#program").SelectOptionAsync(new SelectOptionValue { Label = Program });
        await director.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(director.GetByTestId("library-releases")).ToContainTextAsync("Released", ContainsText);
        await director.GetByTestId("write-profile").ClickAsync();
        var form = director.GetByTestId("profile-form");
        await Assertions.Expect(form.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(Program, new() { Timeout = Patient });
        await form.GetByLabel("Aftercare", new() { Exact = true }).FillAsync("Mentors keep meeting mentees for a year after release.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Propose this version for review" }).ClickAsync();
        await Assertions.Expect(director.GetByTestId("release-status")).ToHaveTextAsync("Waiting for review", new() { Timeout = Patient });
        await Assertions.Expect(director.GetByTestId("awaiting-second-person")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(director.GetByTestId("profile-facts")).ToContainTextAsync("Mentors keep meeting mentees for a year after release.", ContainsText);

        var hub = await SignInAsync(DemoAccounts.HubAdmin, "/Admin");
        await hub.GetByRole(AriaRole.Link, new() { Name = "Practice library", Exact = true }).ClickAsync();
        var filters = hub.GetByTestId("library-filters");
        await filters.GetByLabel("Lesson tag").SelectOptionAsync(new SelectOptionValue { Label = "Aftercare" });
        await filters.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        var results = hub.GetByTestId("library-results");
        await Assertions.Expect(results).ToContainTextAsync(Program, ContainsText);
        await results.GetByRole(AriaRole.Link, new() { Name = Program }).ClickAsync();
        await Assertions.Expect(hub.Locator("main h1")).ToHaveTextAsync(Program, new() { Timeout = Patient });
        await Assertions.Expect(hub.GetByTestId("emmie-effect").GetByTestId("effect-metrics")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(hub.GetByTestId("emmie-implementation")).ToContainTextAsync("Mentors who stay through release", ContainsText);
        await Assertions.Expect(hub.GetByTestId("emmie-economics")).ToContainTextAsync("6,500 EUR", ContainsText);

        await hub.GetByTestId("follow").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(hub.GetByTestId("follow").GetByRole(AriaRole.Button)).ToHaveTextAsync("Stop following", new() { Timeout = Patient });
        await hub.GetByRole(AriaRole.Link, new() { Name = "← Practice library" }).ClickAsync();
        await Assertions.Expect(hub.GetByTestId("followed")).ToContainTextAsync(Program, ContainsText);

        await hub.GetByTestId("compare-link").ClickAsync();
        var compare = hub.GetByTestId("compare-form");
        await compare.GetByLabel("First program").SelectOptionAsync(new SelectOptionValue { Label = $"{Program} (Demo Disengagement Network)" });
        await compare.GetByLabel("Second program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track (From published sources)" });
        await compare.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        var table = hub.GetByTestId("compare-table");
        await Assertions.Expect(table).ToContainTextAsync("Not stated in the source", ContainsText);
        await Assertions.Expect(table).ToContainTextAsync("6,500 EUR", ContainsText);
    }

    private async Task<IPage> SignInAsync(DemoAccount account, string landing)
    {
        var page = await browser.NewPageAsync();
        pages.Add((account.Email, page));
        await BrowserSession.SignInAsync(page, app.BaseUrl, account.Email, DemoAccounts.Password, account.TotpSecret, landing);
        return page;
    }
}
