using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Offramp.Core.Access;
using Offramp.Hosting.Demo;

namespace Offramp.Browser.Tests;

/// <summary>
/// A caseworker's first day, in a real browser: sign in with TOTP, register a referral, screen it, record consent,
/// log a session and find it on the timeline; then a colleague outside the case gets "not found".
/// </summary>
public sealed partial class CaseworkJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    private static DemoAccount Account(string email) => DemoAccounts.All.Single(a => a.Email == email);

    [Fact]
    public async Task Caseworker_records_a_case_and_a_colleague_outside_the_team_cannot_see_it()
    {
        var caseworker = Account("caseworker@demo.offramp.org");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, caseworker.Email, DemoAccounts.Password, caseworker.TotpSecret);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My caseload" })).ToBeVisibleAsync();

        // Referral
        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel("Referred by (source)").SelectOptionAsync("SecurityStaff");
        await page.GetByLabel("Referrer (role or agency)").FillAsync("Prison security officer, HMP Northgate");
        await page.GetByLabel("Reason for referral").FillAsync("Asked to talk to someone about leaving the group.");
        await page.GetByLabel("Given name").FillAsync("Samir");
        await page.GetByLabel("Family name").FillAsync("Haddad");
        await page.GetByLabel("Year of birth").FillAsync("1994");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register referral" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Referred");
        var participantUrl = page.Url;
        Assert.Matches(ParticipantUrl(), participantUrl);

        // Screening, then consent
        await page.GetByRole(AriaRole.Link, new() { Name = "Record screening" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Eligible; motivated to engage.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Screening");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record consent" }).ClickAsync();
        await page.GetByLabel("Consent form version").FillAsync("2026-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.ParticipantInformed']")).ToContainTextAsync("informed");
        await page.GetByLabel("Use of data in evaluation (de-identified)").CheckAsync();
        await page.GetByLabel("I explained what taking part means").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Consented");

        // Session, seen on the timeline
        await page.GetByRole(AriaRole.Link, new() { Name = "Log session" }).ClickAsync();
        await page.GetByLabel("Kind of session").SelectOptionAsync("OneToOne");
        await page.GetByLabel("Duration (minutes)").FillAsync("75");
        await page.GetByLabel("Notes").FillAsync("First meeting: talked about his brother and about work after release.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        var timeline = page.GetByTestId("timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("One-to-one session, 75 min");
        await Assertions.Expect(timeline).ToContainTextAsync("talked about his brother");
        await Assertions.Expect(timeline).ToContainTextAsync("Consent given (form 2026-1)");

        // A second caseworker, same program, not on the case team: not found, exactly like a record that does not exist.
        var colleague = Account("caseworker2@demo.offramp.org");
        await using var otherContext = await browser.Browser.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await BrowserSession.SignInAsync(other, app.BaseUrl, colleague.Email, DemoAccounts.Password, colleague.TotpSecret);
        var response = await other.GotoAsync(participantUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Assertions.Expect(other.Locator("body")).Not.ToContainTextAsync("Haddad");
        Assert.Equal(Role.Caseworker, colleague.Role);
    }

    [GeneratedRegex(@"/Participants/Details/[0-9a-f-]{36}$")]
    private static partial Regex ParticipantUrl();
}
