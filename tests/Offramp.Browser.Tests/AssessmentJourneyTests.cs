using Microsoft.Playwright;

using Offramp.Hosting.Demo;

namespace Offramp.Browser.Tests;

/// <summary>
/// A multidisciplinary assessment in a real browser: the director puts a psychologist and a faith counsellor on a new
/// case, the caseworker opens a baseline on the open instrument and records an observation as evidence for an item,
/// each rater rates every item by keyboard blind to the other, and the director records the consensus from the
/// side-by-side view.
/// </summary>
public sealed class AssessmentJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    /// <summary>The CI machine is loaded (two cores, several builds): waits are generous, never fixed sleeps.</summary>
    private const float Patience = 60_000;

    private static readonly string[] Items = ["SR1", "SR2", "SR3", "CO1", "CO2", "ID1", "ID2", "IG1", "IG2", "AO1", "AO2", "NE1", "NE2", "NA1", "NA2", "NW1", "NW2"];

    private static DemoAccount Account(string email) => DemoAccounts.All.Single(a => a.Email == email);

    [Fact]
    public async Task Psychologist_and_counsellor_rate_blind_and_the_director_records_the_consensus()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        var caseworker = await SignInAsync("caseworker@demo.offramp.org");
        await RegisterAndConsentAsync(caseworker.Page);
        var record = caseworker.Page.Url;

        // The director puts the two raters on the case team through the Team page.
        var director = await SignInAsync("director@demo.offramp.org");
        await director.Page.GotoAsync(record);
        await director.Page.GetByRole(AriaRole.Link, new() { Name = "Case team", Exact = true }).ClickAsync();
        await AddToTeamAsync(director.Page, "Priya Psychologist", "Psychologist");
        await AddToTeamAsync(director.Page, "Faisal Counsellor", "Faith counsellor");

        // The caseworker opens the baseline on the open instrument (they do not rate: they land on the assessment).
        await caseworker.Page.GotoAsync(record);
        await caseworker.Page.GetByTestId("assessments-link").ClickAsync();
        await caseworker.Page.GetByLabel("Instrument").SelectOptionAsync(new SelectOptionValue { Label = "Open Pathways Review 1.0" });
        await caseworker.Page.GetByLabel("Kind of assessment").SelectOptionAsync("Baseline");
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Open assessment" }).ClickAsync();
        await Assertions.Expect(caseworker.Page.GetByTestId("assessment-status")).ToHaveTextAsync("Rating");
        var assessment = caseworker.Page.Url;
        Assert.Contains("/Assessments/View", assessment, StringComparison.Ordinal);
        await Assertions.Expect(caseworker.Page.GetByTestId("rate-link")).ToHaveCountAsync(0);

        // The psychologist rates first, by keyboard, seeing nobody else's ratings.
        var psychologist = await SignInAsync("psychologist@demo.offramp.org");
        await psychologist.Page.GotoAsync(record);
        await psychologist.Page.GetByTestId("assessments-link").ClickAsync();
        await psychologist.Page.GetByRole(AriaRole.Link, new() { Name = "Open", Exact = true }).ClickAsync();
        await psychologist.Page.GetByTestId("rate-link").ClickAsync();
        await RateByKeyboardAsync(psychologist.Page, steps: key => key == "SR1" ? 2 : 1, judgementSteps: 1, "Talks about the group as his only family.");
        await Assertions.Expect(psychologist.Page.GetByTestId("assessment-status")).ToHaveTextAsync("Rating");
        await Assertions.Expect(psychologist.Page.GetByTestId("side-by-side")).ToContainTextAsync("Clearly present");

        // The counsellor is blind to the psychologist's ratings until they submit their own.
        var counsellor = await SignInAsync("counsellor@demo.offramp.org");
        await counsellor.Page.GotoAsync(assessment);
        await Assertions.Expect(counsellor.Page.GetByTestId("blind-notice")).ToBeVisibleAsync();
        await Assertions.Expect(counsellor.Page.GetByTestId("side-by-side")).Not.ToContainTextAsync("Clearly present");
        await Assertions.Expect(counsellor.Page.GetByTestId("side-by-side")).Not.ToContainTextAsync("Talks about the group");
        await counsellor.Page.GetByTestId("rate-link").ClickAsync();
        await RateByKeyboardAsync(counsellor.Page, steps: _ => 1, judgementSteps: 1, "Prays at the prison mosque again; distances himself from the group.");
        await Assertions.Expect(counsellor.Page.GetByTestId("blind-notice")).ToHaveCountAsync(0);
        var sideBySide = counsellor.Page.GetByTestId("side-by-side");
        await Assertions.Expect(sideBySide).ToContainTextAsync("Priya Psychologist");
        await Assertions.Expect(sideBySide).ToContainTextAsync("Faisal Counsellor");
        await Assertions.Expect(sideBySide).ToContainTextAsync("Clearly present");

        // The director chairs the consensus: items both raters agree on come pre-filled, SR1 is settled in the meeting.
        await director.Page.GotoAsync(assessment);
        await Assertions.Expect(director.Page.GetByLabel("Agreed level for NW2")).ToHaveValueAsync("partly");
        await Assertions.Expect(director.Page.GetByLabel("Agreed level for SR1")).ToHaveValueAsync("");
        await director.Page.GetByLabel("Agreed level for SR1").SelectOptionAsync("present");
        await director.Page.GetByLabel("Disagreement notes for SR1").FillAsync("The counsellor sees less of the group; the prison reports weigh more.");
        await director.Page.GetByLabel("Moderate concern").CheckAsync();
        await director.Page.GetByLabel("Formulation").FillAsync("Belonging is the main need; faith is becoming a protective resource.");
        await director.Page.GetByRole(AriaRole.Button, new() { Name = "Record consensus" }).ClickAsync();
        await Assertions.Expect(director.Page.GetByTestId("assessment-status")).ToHaveTextAsync("Consensus recorded");
        await Assertions.Expect(director.Page.GetByTestId("agreed-judgement")).ToHaveTextAsync("Moderate concern");
        await Assertions.Expect(director.Page.GetByTestId("side-by-side")).ToContainTextAsync("the prison reports weigh more");

        // Everyone on the case now sees the agreed ratings, with the raw ratings kept beside them.
        await psychologist.Page.GotoAsync(assessment);
        await Assertions.Expect(psychologist.Page.GetByTestId("agreed-judgement")).ToHaveTextAsync("Moderate concern");
        await Assertions.Expect(psychologist.Page.GetByTestId("side-by-side")).ToContainTextAsync("Faisal Counsellor");

        foreach (var user in new[] { caseworker, director, psychologist, counsellor })
        {
            await user.Context.DisposeAsync();
        }
    }

    private async Task<SignedIn> SignInAsync(string email)
    {
        var account = Account(email);
        var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, account.Email, DemoAccounts.Password, account.TotpSecret);
        return new SignedIn(context, page);
    }

    private static async Task AddToTeamAsync(IPage page, string name, string role)
    {
        var choice = page.GetByLabel("Colleague and role");
        var value = await choice.Locator("option", new() { HasTextString = $"{name} — {role}" }).GetAttributeAsync("value");
        await choice.SelectOptionAsync(value!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Rates like a keyboard user: focus the item's first level, move with the arrow keys (which select in a radio
    /// group), tab on. <paramref name="steps"/> is how many levels above "absent" each item is rated.
    /// </summary>
    private static async Task RateByKeyboardAsync(IPage page, Func<string, int> steps, int judgementSteps, string evidence)
    {
        await Assertions.Expect(page.GetByTestId("rating-form")).ToBeVisibleAsync();
        foreach (var item in Items)
        {
            var first = page.Locator($"#r-{item}-absent");
            await first.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            for (var i = 0; i < steps(item); i++)
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
        }

        await page.Locator("#e-SR1").FocusAsync();
        await page.Keyboard.TypeAsync(evidence);
        await page.Locator("#j-low").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < judgementSteps; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Assertions.Expect(page.Locator("#r-SR1-partly").Or(page.Locator("#r-SR1-present")).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit my ratings" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("side-by-side")).ToBeVisibleAsync();
    }

    private static async Task RegisterAndConsentAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel("Referred by (source)").SelectOptionAsync("SecurityStaff");
        await page.GetByLabel("Referrer (role or agency)").FillAsync("Prison imam, HMP Northgate");
        await page.GetByLabel("Reason for referral").FillAsync("Asks for help to leave the group.");
        await page.GetByLabel("Given name").FillAsync("Yusuf");
        await page.GetByLabel("Family name").FillAsync("Berg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register referral" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record screening" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Eligible; motivated.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record consent" }).ClickAsync();
        await page.GetByLabel("Consent form version").FillAsync("2026-1");
        await page.GetByLabel("Use of data in evaluation (de-identified)").CheckAsync();
        await page.GetByLabel("I explained what taking part means").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Consented");
    }

    private sealed record SignedIn(IBrowserContext Context, IPage Page);
}
