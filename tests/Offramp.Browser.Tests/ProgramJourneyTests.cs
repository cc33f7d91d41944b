using Microsoft.Playwright;

using Offramp.Hosting.Demo;

namespace Offramp.Browser.Tests;

/// <summary>
/// The program journey in a real browser: a caseworker takes a consented participant through the case formulation, a
/// plan from the program's template, a mentoring agreement, the release, and the 3-month follow-up with an outcome;
/// then the director transfers them to another program, which accepts.
/// </summary>
public sealed class ProgramJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Caseworker_takes_a_participant_from_formulation_to_a_three_month_follow_up_with_an_outcome()
    {
        var caseworker = DemoAccounts.All.Single(a => a.Email == "caseworker@demo.offramp.org");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, caseworker.Email, DemoAccounts.Password, caseworker.TotpSecret);
        await CaseworkSteps.RegisterAndConsentAsync(page, "Omar", "Lind", "Prison security officer, HMP Northgate", "Wants to leave the group before release.");
        var record = page.Url;

        // Formulation, then the plan from the Back on Track template
        await page.GetByRole(AriaRole.Link, new() { Name = "Formulation", Exact = true }).ClickAsync();
        await page.GetByLabel("Needs", new() { Exact = true }).FillAsync("Belonging and a way to earn a living.");
        await page.GetByLabel("Push factors", new() { Exact = true }).FillAsync("Tired of the violence.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save new revision" }).ClickAsync();
        await page.GetByLabel("Goal 1", new() { Exact = true }).FillAsync("Find work for after release.");
        await page.GetByLabel("Goal 2", new() { Exact = true }).FillAsync("Fewer contacts with the old group.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-status")).ToHaveTextAsync("Active");
        await Assertions.Expect(page.GetByTestId("dose")).ToContainTextAsync("Mentoring agreement reviews");
        await Assertions.Expect(page.GetByTestId("next-review")).ToHaveTextAsync(DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // A mentor from the registry, with the reasons
        await page.GotoAsync(record);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentoring", Exact = true }).ClickAsync();
        await page.GetByLabel("Why this mentor (kept on the agreement)").FillAsync("Speaks his language; left the same movement.");
        await page.GetByLabel("Goals of the agreement").FillAsync("Weekly meetings; plan work and housing for release.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("agreement")).ToContainTextAsync("left the same movement");

        // The network (a positive family tie) and the transition plan with protection from retribution
        await page.GotoAsync(record);
        await page.GetByRole(AriaRole.Link, new() { Name = "Network", Exact = true }).ClickAsync();
        await page.GetByLabel("Relation").SelectOptionAsync("Family");
        await page.GetByLabel("Who this is").FillAsync("Older sister");
        await page.GetByLabel("Judged as").SelectOptionAsync("PositiveResource");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add tie" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("network")).ToContainTextAsync("Older sister");
        await page.GotoAsync(record);
        await page.GetByRole(AriaRole.Link, new() { Name = "Transition and aftercare", Exact = true }).ClickAsync();
        await page.GetByLabel("Housing", new() { Exact = true }).SelectOptionAsync("Arranged");
        await page.GetByLabel("Threat of retribution").SelectOptionAsync("Moderate");
        await page.GetByLabel("Threat assessed on").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save transition plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.ContactRules']")).ToContainTextAsync("contact rules");
        await page.GetByLabel("Contact rules").FillAsync("No visits from former associates; meetings at the probation office.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save transition plan" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Contact rules")).ToHaveValueAsync("No visits from former associates; meetings at the probation office.");

        // Release on the justice timeline, 100 days ago
        await page.GotoAsync(record);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add justice event" }).ClickAsync();
        await page.GetByLabel("Event").SelectOptionAsync("ActualRelease");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(-100).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // The release started the follow-up schedule by itself; the 3-month follow-up is recorded with an outcome
        await page.GetByRole(AriaRole.Link, new() { Name = "Follow-ups and outcomes", Exact = true }).ClickAsync();
        var followUps = page.GetByTestId("follow-ups");
        await Assertions.Expect(followUps).ToContainTextAsync(DateTime.UtcNow.AddDays(-100).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record the follow-up at 3 months" })).ToBeVisibleAsync();
        await page.GetByLabel("Findings").FillAsync("Working at a bakery; no contact with the group.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save follow-up" }).ClickAsync();
        await Assertions.Expect(followUps).ToContainTextAsync("Working at a bakery");
        await page.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync("Employment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outcomes")).ToContainTextAsync("Employment");

        await TransferToEntreAsync(record);
    }

    /// <summary>
    /// The director moves the participant to another program of the organisation: previews the package, sends it, and
    /// (directing the receiving program too) accepts it on the incoming-transfers page; the record shows the status.
    /// </summary>
    private async Task TransferToEntreAsync(string record)
    {
        var director = DemoAccounts.All.Single(a => a.Email == "director@demo.offramp.org");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, director.Email, DemoAccounts.Password, director.TotpSecret);
        await page.GotoAsync(record);
        await page.GetByRole(AriaRole.Link, new() { Name = "Transfer to another program" }).ClickAsync();
        await page.GetByLabel("Receiving program").SelectOptionAsync(new SelectOptionValue { Label = "Entré one-to-one CBT (probation)" });
        await page.GetByLabel("Identity (names, date of birth)").CheckAsync();
        await page.GetByLabel("Date the participant agreed").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("The participant agreed to the transfer and to what is shared").CheckAsync();
        await page.GetByLabel("Reason for the transfer").FillAsync("Needs the CBT program after release.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the package" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("transfer-package")).ToContainTextAsync("Omar Lind");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the transfer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("transfers-panel")).ToContainTextAsync("Proposed");

        await BrowserSession.MenuAsync(page, "Program", "Transfers");
        var incoming = page.GetByTestId("incoming-transfer").Filter(new() { HasText = "Needs the CBT program after release." });
        await incoming.GetByLabel("Accept", new() { Exact = true }).CheckAsync();
        await incoming.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(incoming.GetByTestId("transfer-status")).ToHaveTextAsync("Accepted");
        await page.GotoAsync(record);
        await Assertions.Expect(page.GetByTestId("transfers-panel")).ToContainTextAsync("Accepted");
    }
}
