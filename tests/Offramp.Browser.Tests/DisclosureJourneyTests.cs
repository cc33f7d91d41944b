using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Offramp.Hosting.Demo;

using OtpNet;

using Xunit.Sdk;

namespace Offramp.Browser.Tests;

/// <summary>
/// Issue #6 in a real browser: a caseworker raises a concern; the director finds it on the worklist, picks the minimum
/// fields, checks the preview, confirms with a fresh authenticator code and records the disclosure; the register shows
/// it with its hash, and the caseworker learns nothing of it.
/// </summary>
/// <remarks>
/// Written to hold on a loaded CI machine: every step waits for a specific element or URL (never for time), timeouts
/// are generous, the step-up code is computed right before the click and, if refused (a code is single use, and one
/// typed at a window's end may already be stale), entered once more from the next 30-second window. On any failure
/// the message carries each page's URL and visible text, so a CI log explains itself.
/// </remarks>
public sealed partial class DisclosureJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    private const string Observation = "Said he was asked to store a package for his old group this weekend.";
    private const float Patient = 60_000;

    private static readonly LocatorAssertionsToContainTextOptions ContainsText = new() { Timeout = Patient };
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = Patient };

    private readonly List<(string Who, IPage Page)> pages = [];

    private static DemoAccount Account(string email) => DemoAccounts.All.Single(a => a.Email == email);

    [Fact]
    public async Task A_concern_becomes_a_disclosure_the_caseworker_does_not_see()
    {
        try
        {
            await WalkAsync();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException or XunitException)
        {
            throw new XunitException($"{e.GetType().Name}: {e.Message}\n{await DescribePagesAsync()}", e);
        }
    }

    private async Task WalkAsync()
    {
        var caseworker = await SignInAsync("caseworker@demo.offramp.org");
        var participantUrl = await RegisterConsentedCaseAsync(caseworker);
        var participantId = ParticipantId().Match(participantUrl).Groups["id"].Value;

        // The caseworker raises an urgent concern from the participant page.
        await caseworker.GetByTestId("raise-concern-link").ClickAsync();
        await ArriveAsync(caseworker, $"{app.BaseUrl}/Safeguarding/Raise/{participantId}");
        await caseworker.GetByLabel("Observed by (role or source)").FillAsync("Caseworker during a prison visit");
        await caseworker.GetByLabel("Urgency").SelectOptionAsync("Urgent");
        await caseworker.GetByLabel("What was observed").FillAsync(Observation);
        await caseworker.GetByTestId("raise-concern").ClickAsync();
        await ArriveAsync(caseworker, participantUrl);

        // The director sees it on the worklist and opens the decision page from the participant record.
        var director = await SignInAsync("director@demo.offramp.org");
        await director.GotoAsync($"{app.BaseUrl}/Worklist");
        var row = director.GetByTestId("worklist").Locator("tr", new() { HasTextString = "Urgent concern raised" })
            .Filter(new() { Has = director.Locator($"a[href='/Participants/Details/{participantId}']") });
        await row.Locator("a.code").ClickAsync();
        await ArriveAsync(director, participantUrl);
        await director.GetByTestId("disclosure-link").ClickAsync();
        await Assertions.Expect(director.GetByTestId("concerns")).ToContainTextAsync(Observation, ContainsText);
        await director.GetByTestId("decide-concern").First.ClickAsync();
        // The same form is on the page before and after this navigation: act only once the concern's version is loaded.
        await Assertions.Expect(director).ToHaveURLAsync(ConcernSelected(), new() { Timeout = Patient });

        // Minimum data, field by field, and the preview of exactly what leaves.
        await director.Locator("#field-ParticipantCode").CheckAsync();
        await director.Locator("#field-ConcernObservation").CheckAsync();
        await director.GetByTestId("preview").ClickAsync();
        var preview = director.GetByTestId("preview-content");
        await Assertions.Expect(preview).ToContainTextAsync(Observation, ContainsText);
        await Assertions.Expect(preview).Not.ToContainTextAsync("Karimi");
        var sha = await director.GetByTestId("preview-sha").InnerTextAsync();
        Assert.Matches("^[0-9a-f]{64}$", sha);

        // The decision, confirmed with a fresh code (step-up).
        await director.Locator("#disclose-yes").CheckAsync();
        await director.GetByLabel("Threshold met").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await director.GetByLabel("Legal basis").FillAsync("Prevention of serious crime, data protection act s.29");
        await director.GetByLabel("Recipient agency").SelectOptionAsync("Police");
        await RecordWithStepUpAsync(director, Account("director@demo.offramp.org"), $"{app.BaseUrl}/Safeguarding/Register/{participantId}");

        // The register shows the disclosure with the hash of what the director previewed.
        await Assertions.Expect(director.GetByTestId("register-sha").First).ToHaveTextAsync(sha, new() { Timeout = Patient });
        await Assertions.Expect(director.GetByTestId("register-content").First).ToContainTextAsync(Observation, ContainsText);
        await director.GotoAsync(participantUrl);
        await Assertions.Expect(director.GetByTestId("disclosure-made")).ToBeVisibleAsync(Visible);

        // The caseworker sees neither the content nor that a disclosure happened, and cannot open the decision page.
        await caseworker.GotoAsync($"{app.BaseUrl}/Safeguarding/Register/{participantId}");
        await Assertions.Expect(caseworker.GetByTestId("register-empty")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(caseworker.Locator("body")).Not.ToContainTextAsync(sha);
        await caseworker.GotoAsync(participantUrl);
        await Assertions.Expect(caseworker.GetByTestId("safeguarding-panel")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(caseworker.GetByTestId("disclosure-made")).ToHaveCountAsync(0);
        var response = await caseworker.GotoAsync($"{app.BaseUrl}/Safeguarding/Disclosure/{participantId}");
        Assert.Equal(404, response!.Status);
    }

    /// <summary>
    /// Types the current code and records the decision. The server takes each 30-second code once and refuses a stale
    /// one; if it answers with the form again for that reason, the next window's code is entered once more. Any other
    /// answer (a validation message, a changed preview) fails with the messages the page showed.
    /// </summary>
    private static async Task RecordWithStepUpAsync(IPage page, DemoAccount account, string registerUrl)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByLabel("Fresh authenticator code (step-up)").FillAsync(CurrentCode(account.TotpSecret));
            // The POST's own answer says what happened (302 to the register, or 200 with the form and its messages),
            // read from the network rather than from the page's load events.
            var answer = await page.RunAndWaitForResponseAsync(
                () => page.GetByTestId("record-decision").ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Decide", StringComparison.Ordinal),
                new() { Timeout = Patient });
            if (answer.Status == 302)
            {
                await ArriveAsync(page, registerUrl);
                return;
            }

            var errors = ErrorMessage().Matches(await answer.TextAsync()).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim())).ToList();
            var codeRefused = errors.Any(e => e.Contains("authenticator code", StringComparison.OrdinalIgnoreCase));
            if (!codeRefused || attempt == 2)
            {
                throw new XunitException($"The decision was not recorded (attempt {attempt}, HTTP {answer.Status}): {string.Join(" | ", errors)}");
            }

            await WaitForNextCodeWindowAsync();
            await Assertions.Expect(page.GetByLabel("Fresh authenticator code (step-up)")).ToBeEmptyAsync(new() { Timeout = Patient });
        }
    }

    /// <summary>
    /// Waits until the page shows <paramref name="url"/> with its main content. Deliberately not WaitForURLAsync: that
    /// also waits for the new document's "load" event, which Playwright sometimes never reports after a POST-redirect-GET
    /// on a loaded machine (the page was there, rendered and idle, and the wait still ran into its timeout).
    /// </summary>
    private static async Task ArriveAsync(IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = Patient });
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync(Visible);
    }

    private static string CurrentCode(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp();

    private static Task WaitForNextCodeWindowAsync()
    {
        var intoWindow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 30_000;
        return Task.Delay(TimeSpan.FromMilliseconds(30_000 - intoWindow + 500));
    }

    /// <summary>Signs in through the real forms, waiting for each page's own field and computing the code just before use.</summary>
    private async Task<IPage> SignInAsync(string email)
    {
        var account = Account(email);
        var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patient);
        context.SetDefaultNavigationTimeout(Patient);
        var page = await context.NewPageAsync();
        pages.Add((email, page));
        await page.GotoAsync($"{app.BaseUrl}/Account/Login");
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var codeField = page.GetByLabel("6-digit code from your authenticator app");
        await Assertions.Expect(codeField).ToBeVisibleAsync(Visible);
        await codeField.FillAsync(CurrentCode(account.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ArriveAsync(page, $"{app.BaseUrl}/");
        return page;
    }

    /// <summary>The caseworker's path to a consented participant in the prison program, as in the casework journey.</summary>
    private static async Task<string> RegisterConsentedCaseAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel("Referred by (source)").SelectOptionAsync("SecurityStaff");
        await page.GetByLabel("Referrer (role or agency)").FillAsync("Prison security officer, HMP Northgate");
        await page.GetByLabel("Reason for referral").FillAsync("Asked for help to leave the group.");
        await page.GetByLabel("Given name").FillAsync("Yusuf");
        await page.GetByLabel("Family name").FillAsync("Karimi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register referral" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Referred", new() { Timeout = Patient });
        var url = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Record screening" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Eligible; motivated to engage.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await ArriveAsync(page, url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record consent" }).ClickAsync();
        await page.GetByLabel("Consent form version").FillAsync("2026-1");
        await page.GetByLabel("Use of data in evaluation (de-identified)").CheckAsync();
        await page.GetByLabel("I explained what taking part means").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Consented", new() { Timeout = Patient });
        return url;
    }

    /// <summary>Each signed-in page's URL and visible text (validation messages included), for the failure message.</summary>
    private async Task<string> DescribePagesAsync()
    {
        var text = new StringBuilder();
        foreach (var (who, page) in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"--- {who} at {page.Url} ({DateTimeOffset.UtcNow:HH:mm:ss.fff} UTC, TOTP window {DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30} s in)\n");
            try
            {
                var body = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
                text.Append(body.Length > 4000 ? body[..4000] + " [...]" : body).Append('\n');
            }
            catch (PlaywrightException e)
            {
                text.Append("(page text unavailable: ").Append(e.Message).Append(")\n");
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"/Participants/Details/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex ParticipantId();

    [GeneratedRegex(@"/Safeguarding/Disclosure/[0-9a-f-]{36}\?concernId=[0-9a-f-]{36}$")]
    private static partial Regex ConcernSelected();

    /// <summary>A validation message in the returned form (summary items and field messages).</summary>
    [GeneratedRegex("<(?:li|span class=\"field-error[^\"]*\"[^>]*)>(?<text>[^<]+)</(?:li|span)>")]
    private static partial Regex ErrorMessage();
}
