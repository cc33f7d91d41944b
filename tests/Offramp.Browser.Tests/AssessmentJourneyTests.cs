using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Offramp.Core.Assessments.Instruments;
using Offramp.Hosting.Demo;

using OtpNet;

namespace Offramp.Browser.Tests;

/// <summary>
/// A multidisciplinary assessment in a real browser: the organisation admin imports a new instrument version (a file
/// with a schema error first) and publishes it, the director certifies the psychologist and puts them and a faith
/// counsellor on a new case, the caseworker opens a baseline on the open instrument and records an observation as
/// evidence for an item, each rater rates every item by keyboard blind to the other, and the director records the
/// consensus from the side-by-side view.
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
        await AdministerInstrumentAsync();
        var caseworker = await SignInAsync("caseworker@demo.offramp.org");
        await CaseworkSteps.RegisterAndConsentAsync(caseworker.Page, "Yusuf", "Berg", "Prison imam, HMP Northgate", "Asks for help to leave the group.");
        var record = caseworker.Page.Url;

        // The director puts the two raters on the case team through the Team page.
        var director = await SignInAsync("director@demo.offramp.org");
        await CertifyAsync(director.Page, "Priya Psychologist");
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

        // An observation from the records, offered as evidence for SR1 of the open assessment.
        await caseworker.Page.GotoAsync(record);
        await caseworker.Page.GetByTestId("observations-link").ClickAsync();
        await caseworker.Page.GetByLabel("Source").SelectOptionAsync("CameraOrRecordsReview");
        await caseworker.Page.GetByLabel("Reliability").SelectOptionAsync("Probable");
        await caseworker.Page.GetByLabel("What was observed").FillAsync("Wing records: no contact with the group's members for six weeks.");
        await caseworker.Page.Locator("#ev-0-SR1").CheckAsync();
        await caseworker.Page.GetByRole(AriaRole.Button, new() { Name = "Save observation" }).ClickAsync();
        var observations = caseworker.Page.GetByTestId("observations");
        await Assertions.Expect(observations).ToContainTextAsync("Wing records");
        await Assertions.Expect(observations).ToContainTextAsync("Camera or records review");
        await Assertions.Expect(observations).ToContainTextAsync("SR1");

        // The psychologist rates first, by keyboard, seeing nobody else's ratings.
        var psychologist = await SignInAsync("psychologist@demo.offramp.org");
        await psychologist.Page.GotoAsync(record);
        await psychologist.Page.GetByTestId("assessments-link").ClickAsync();
        await psychologist.Page.GetByRole(AriaRole.Link, new() { Name = "Open", Exact = true }).ClickAsync();
        await psychologist.Page.GetByTestId("rate-link").ClickAsync();
        await Assertions.Expect(psychologist.Page.GetByTestId("evidence-SR1")).ToContainTextAsync("Wing records");
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

        await Assertions.Expect(psychologist.Page.GetByTestId("evidence-SR1")).ToContainTextAsync("Wing records");

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
        // Signs in like BrowserSession.SignInAsync, but lands wherever the role's home is (the admin's is /Admin).
        await page.GotoAsync($"{app.BaseUrl}/Account/Login");
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var code = new Totp(Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp();
        await page.GetByLabel("6-digit code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Polls the URL rather than waiting for a load event, which Playwright does not always report after a POST-redirect under load.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/"));
        await Assertions.Expect(page.Locator("header.site .who summary")).ToHaveTextAsync(account.Email);
        return new SignedIn(context, page);
    }

    /// <summary>The admin imports version 1.1 of the open instrument: a schema error is named by its path and nothing is saved; the fixed file becomes a draft, read, then published.</summary>
    private async Task AdministerInstrumentAsync()
    {
        var admin = await SignInAsync("admin@demo.offramp.org");
        var page = admin.Page;
        await BrowserSession.MenuAsync(page, "Program", "Instruments");
        await Assertions.Expect(page.GetByTestId("instruments")).ToContainTextAsync("Open Pathways Review");

        var definition = JsonNode.Parse(ShippedInstruments.Read(ShippedInstruments.OpenPathways))!;
        definition["version"] = "1.1";
        definition["domains"]![0]!["items"]![0]!["direction"] = "sideways";
        await UploadAsync(page, definition);
        await Assertions.Expect(page.GetByTestId("import-errors")).ToContainTextAsync("$.domains[0].items[0].direction");
        await Assertions.Expect(page.GetByTestId("instruments")).Not.ToContainTextAsync("1.1");

        definition["domains"]![0]!["items"]![0]!["direction"] = "risk";
        await UploadAsync(page, definition);
        await Assertions.Expect(page.GetByTestId("instrument-status")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.GetByTestId("domain").First).ToContainTextAsync("SR1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish this version" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("instrument-status")).ToHaveTextAsync("Published");
        await admin.Context.DisposeAsync();
    }

    private static async Task UploadAsync(IPage page, JsonNode definition)
    {
        await page.GetByLabel("Instrument file (JSON)").SetInputFilesAsync(new FilePayload
        {
            Name = "open-pathways-1.1.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(definition.ToJsonString()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as draft" }).ClickAsync();
    }

    /// <summary>The director certifies an assessor for the open instrument until next month: the list flags it as expiring soon.</summary>
    private static async Task CertifyAsync(IPage page, string assessor)
    {
        await BrowserSession.MenuAsync(page, "Program", "Instruments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Assessor certifications" }).ClickAsync();
        await page.GetByLabel("Assessor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = assessor });
        await page.GetByLabel("Instrument (all its versions)").FillAsync("Open Pathways Review");
        await page.GetByLabel("Valid until").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Certificate number or course").FillAsync("Team training 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record certification" }).ClickAsync();
        var row = page.GetByTestId("certifications").GetByRole(AriaRole.Row, new() { Name = assessor });
        await Assertions.Expect(row).ToContainTextAsync("Expires soon");
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

    private sealed record SignedIn(IBrowserContext Context, IPage Page);
}
