using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Offramp.Hosting.Demo;

using OtpNet;

namespace Offramp.Browser.Tests;

/// <summary>
/// Issue #6 in a real browser: a caseworker raises a concern; the director finds it on the worklist, picks the minimum
/// fields, checks the preview, confirms with a fresh authenticator code and records the disclosure; the register shows
/// it with its hash, and the caseworker learns nothing of it.
/// </summary>
public sealed partial class DisclosureJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    private const string Observation = "Said he was asked to store a package for his old group this weekend.";

    private static DemoAccount Account(string email) => DemoAccounts.All.Single(a => a.Email == email);

    [Fact]
    public async Task A_concern_becomes_a_disclosure_the_caseworker_does_not_see()
    {
        var caseworker = await SignInAsync("caseworker@demo.offramp.org");
        var participantUrl = await RegisterConsentedCaseAsync(caseworker);
        var participantId = ParticipantId().Match(participantUrl).Groups["id"].Value;

        // The caseworker raises an urgent concern from the participant page.
        await caseworker.GetByTestId("raise-concern-link").ClickAsync();
        await caseworker.GetByLabel("Observed by (role or source)").FillAsync("Caseworker during a prison visit");
        await caseworker.GetByLabel("Urgency").SelectOptionAsync("Urgent");
        await caseworker.GetByLabel("What was observed").FillAsync(Observation);
        await caseworker.GetByTestId("raise-concern").ClickAsync();
        await caseworker.WaitForURLAsync(participantUrl);

        // The director sees it on the worklist and opens the decision page from the participant record.
        var director = await SignInAsync("director@demo.offramp.org");
        await director.GotoAsync($"{app.BaseUrl}/Worklist");
        var row = director.GetByTestId("worklist").Locator("tr", new() { HasTextString = "Urgent concern raised" })
            .Filter(new() { Has = director.Locator($"a[href='/Participants/Details/{participantId}']") });
        await row.Locator("a.code").ClickAsync();
        await director.GetByTestId("disclosure-link").ClickAsync();
        await Assertions.Expect(director.GetByTestId("concerns")).ToContainTextAsync(Observation);
        await director.GetByTestId("decide-concern").First.ClickAsync();

        // Minimum data, field by field, and the preview of exactly what leaves.
        await director.Locator("#field-ParticipantCode").CheckAsync();
        await director.Locator("#field-ConcernObservation").CheckAsync();
        await director.GetByTestId("preview").ClickAsync();
        var preview = director.GetByTestId("preview-content");
        await Assertions.Expect(preview).ToContainTextAsync(Observation);
        await Assertions.Expect(preview).Not.ToContainTextAsync("Karimi");
        var sha = await director.GetByTestId("preview-sha").InnerTextAsync();
        Assert.Matches("^[0-9a-f]{64}$", sha);

        // The decision, confirmed with a fresh code (step-up).
        await director.Locator("#disclose-yes").CheckAsync();
        await director.GetByLabel("Threshold met").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await director.GetByLabel("Legal basis").FillAsync("Prevention of serious crime, data protection act s.29");
        await director.GetByLabel("Recipient agency").SelectOptionAsync("Police");
        await director.GetByLabel("Fresh authenticator code (step-up)").FillAsync(
            new Totp(Base32Encoding.ToBytes(Account("director@demo.offramp.org").TotpSecret)).ComputeTotp());
        await director.GetByTestId("record-decision").ClickAsync();

        // The register shows the disclosure with the hash of what the director previewed.
        await director.WaitForURLAsync($"{app.BaseUrl}/Safeguarding/Register/{participantId}");
        await Assertions.Expect(director.GetByTestId("register-sha").First).ToHaveTextAsync(sha);
        await Assertions.Expect(director.GetByTestId("register-content").First).ToContainTextAsync(Observation);
        await director.GotoAsync(participantUrl);
        await Assertions.Expect(director.GetByTestId("disclosure-made")).ToBeVisibleAsync();

        // The caseworker sees neither the content nor that a disclosure happened, and cannot open the decision page.
        await caseworker.GotoAsync($"{app.BaseUrl}/Safeguarding/Register/{participantId}");
        await Assertions.Expect(caseworker.GetByTestId("register-empty")).ToBeVisibleAsync();
        await Assertions.Expect(caseworker.Locator("body")).Not.ToContainTextAsync(sha);
        await caseworker.GotoAsync(participantUrl);
        await Assertions.Expect(caseworker.GetByTestId("safeguarding-panel")).ToBeVisibleAsync();
        await Assertions.Expect(caseworker.GetByTestId("disclosure-made")).ToHaveCountAsync(0);
        var response = await caseworker.GotoAsync($"{app.BaseUrl}/Safeguarding/Disclosure/{participantId}");
        Assert.Equal(404, response!.Status);
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var account = Account(email);
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, account.Email, DemoAccounts.Password, account.TotpSecret);
        return page;
    }

    /// <summary>The caseworker's path to a consented participant in the prison program, as in the casework journey.</summary>
    private async Task<string> RegisterConsentedCaseAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel("Referred by (source)").SelectOptionAsync("SecurityStaff");
        await page.GetByLabel("Referrer (role or agency)").FillAsync("Prison security officer, HMP Northgate");
        await page.GetByLabel("Reason for referral").FillAsync("Asked for help to leave the group.");
        await page.GetByLabel("Given name").FillAsync("Yusuf");
        await page.GetByLabel("Family name").FillAsync("Karimi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register referral" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Referred");
        var url = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Record screening" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Eligible; motivated to engage.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record consent" }).ClickAsync();
        await page.GetByLabel("Consent form version").FillAsync("2026-1");
        await page.GetByLabel("Use of data in evaluation (de-identified)").CheckAsync();
        await page.GetByLabel("I explained what taking part means").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Consented");
        return url;
    }

    [GeneratedRegex(@"/Participants/Details/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ParticipantId();
}
