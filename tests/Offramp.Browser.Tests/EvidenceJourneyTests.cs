using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

using Offramp.Core.Access;
using Offramp.Core.Data;
using Offramp.Core.Organisations;
using Offramp.Hosting.Demo;

using OtpNet;

using Xunit.Sdk;

namespace Offramp.Browser.Tests;

/// <summary>
/// Evidence sharing in a real browser: the evaluator proposes the prison program's bundle; the director reviews what
/// leaves and releases it with a fresh authenticator code; the hub's admin registers the publisher with the public key
/// the director's page shows, uploads the downloaded signed file, and the compare page shows the program with a forest
/// plot that the browser actually loads.
/// </summary>
/// <remarks>
/// Every step waits for a specific element, URL or response, never for time. The one exception is the step-up code: a
/// code is single use, so if the server refuses the one typed at a window's end, the next window's code is entered.
/// On failure the message carries each page's URL and visible text, so a CI log explains itself.
/// </remarks>
public sealed partial class EvidenceJourneyTests(EvidenceJourneyTests.DemoWithHub app, BrowserSession browser)
    : IClassFixture<EvidenceJourneyTests.DemoWithHub>, IClassFixture<BrowserSession>
{
    private const string Program = "Back on Track mentoring (prison)";
    private const string Summary = "Mentoring from prison into the community, by trained mentors.";
    private const string Publisher = "Demo Disengagement Network";
    private const float Patient = 90_000;

    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = Patient };
    private static readonly LocatorAssertionsToContainTextOptions ContainsText = new() { Timeout = Patient };

    private readonly List<(string Who, IPage Page)> pages = [];

    [Fact]
    public async Task Evaluator_proposes_director_releases_hub_registers_uploads_and_compares_with_a_forest_plot()
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
        // The evaluator proposes a bundle of everything so far.
        var evaluator = await SignInAsync(Demo("evaluator@demo.offramp.org"), "/Evaluation");
        await OpenProgramEvidenceAsync(evaluator);
        // The demo released this program's bundles on first start; a new proposal of everything so far corrects them.
        await Assertions.Expect(evaluator.GetByTestId("evidence-releases").Locator("tbody tr").Filter(new() { HasText = "Released" }).First).ToBeVisibleAsync(Visible);
        var propose = evaluator.GetByTestId("propose-evidence");
        await propose.GetByLabel("Period").SelectOptionAsync("all");
        await propose.GetByLabel("Far right").CheckAsync();
        await propose.GetByLabel("Summary for other programs").FillAsync(Summary);
        await propose.GetByRole(AriaRole.Button, new() { Name = "Propose for review" }).ClickAsync();
        await Assertions.Expect(evaluator).ToHaveURLAsync(ReviewUrl(), new() { Timeout = Patient });
        var reviewUrl = evaluator.Url;
        await Assertions.Expect(evaluator.GetByTestId("release-status")).ToHaveTextAsync("Waiting for review", new() { Timeout = Patient });
        await Assertions.Expect(evaluator.GetByTestId("awaiting-second-person")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(evaluator.GetByTestId("release-evidence")).ToHaveCountAsync(0);

        // The director finds it in the list, reads exactly what leaves, and releases it with a fresh code.
        var directorAccount = Demo("director@demo.offramp.org");
        var director = await SignInAsync(directorAccount);
        await OpenProgramEvidenceAsync(director);
        var row = director.GetByTestId("evidence-releases").Locator("tbody tr").Filter(new() { HasText = "Waiting for review" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Assertions.Expect(director).ToHaveURLAsync(reviewUrl, new() { Timeout = Patient });
        await Assertions.Expect(director.GetByTestId("bundle-summary")).ToHaveTextAsync(Summary, new() { Timeout = Patient });
        await Assertions.Expect(director.Locator("main h1")).ToContainTextAsync(Program, ContainsText);
        await Assertions.Expect(director.Locator("section.metric").Filter(new() { HasText = "Employed at 12 months" })).ToBeVisibleAsync(Visible);
        await ReleaseWithStepUpAsync(director, directorAccount);
        await Assertions.Expect(director.GetByTestId("release-status")).ToHaveTextAsync("Released", new() { Timeout = Patient });
        var publicKey = (await director.GetByTestId("public-key").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Za-z0-9+/]{43}=$", publicKey);
        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByTestId("download-signed").ClickAsync(), new() { Timeout = Patient });
        var signedFile = Path.Combine(Path.GetTempPath(), $"offramp-evidence-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(signedFile);
        try
        {
            using (var file = JsonDocument.Parse(await File.ReadAllBytesAsync(signedFile)))
            {
                Assert.Equal(publicKey, file.RootElement.GetProperty("publicKey").GetString());
            }

            // The hub's admin registers the publisher by that key, then uploads the signed file.
            var hub = await SignInAsync(app.HubAdmin, "/Admin");
            await hub.GetByRole(AriaRole.Link, new() { Name = "Publishers", Exact = true }).ClickAsync();
            await Assertions.Expect(hub).ToHaveURLAsync($"{app.BaseUrl}/Hub/Publishers", new() { Timeout = Patient });
            var register = hub.GetByTestId("register-publisher");
            await register.GetByLabel("Organisation").FillAsync(Publisher);
            await register.GetByLabel("Public key (base64)").FillAsync(publicKey);
            await register.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
            var publishers = hub.GetByTestId("publishers");
            await Assertions.Expect(publishers).ToContainTextAsync(Publisher, ContainsText);
            await Assertions.Expect(publishers).ToContainTextAsync("Accepted", ContainsText);

            var upload = hub.GetByTestId("upload-bundle");
            await upload.GetByLabel("Signed bundle file (.json)").SetInputFilesAsync(signedFile);
            await upload.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
            await Assertions.Expect(hub).ToHaveURLAsync($"{app.BaseUrl}/Hub", new() { Timeout = Patient });
        }
        finally
        {
            File.Delete(signedFile);
        }

        // The compare page: the program, and a forest plot the browser decoded, drawn by the app with the program in it.
        var hubPage = pages[^1].Page;
        await Assertions.Expect(hubPage.GetByText("1 bundle matches.")).ToBeVisibleAsync(Visible);
        var metric = hubPage.GetByTestId("hub-metric").Filter(new() { Has = hubPage.GetByTestId("forest-plot") }).First;
        await Assertions.Expect(metric.Locator("tbody")).ToContainTextAsync(Program, ContainsText);
        await Assertions.Expect(metric.Locator("tbody")).ToContainTextAsync(Publisher, ContainsText);
        var forest = metric.GetByTestId("forest-plot");
        await Assertions.Expect(forest).ToBeVisibleAsync(Visible);
        await hubPage.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await forest.ElementHandleAsync(), new() { Timeout = Patient });
        var src = await forest.EvaluateAsync<string>("img => img.src");
        var svg = await hubPage.Context.APIRequest.GetAsync(src, new() { Timeout = Patient });
        Assert.Equal(200, svg.Status);
        Assert.StartsWith("image/svg+xml", svg.Headers["content-type"], StringComparison.Ordinal);
        var xml = await svg.TextAsync();
        Assert.Contains("<svg", xml, StringComparison.Ordinal);
        Assert.Contains(Program, WebUtility.HtmlDecode(xml), StringComparison.Ordinal);
    }

    private async Task OpenProgramEvidenceAsync(IPage page)
    {
        await BrowserSession.MenuAsync(page, "Evaluation", "Evidence bundles");
        await Assertions.Expect(page).ToHaveURLAsync($"{app.BaseUrl}/Evidence", new() { Timeout = Patient });
        await page.Locator("#program").SelectOptionAsync(new SelectOptionValue { Label = Program });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bundles", Level = 2 })).ToBeVisibleAsync(Visible);
    }

    /// <summary>
    /// Types the current code and releases. The server takes each 30-second code once and refuses a stale one; if it
    /// answers with the form again for that reason, the next window's code is entered once more. Any other answer fails
    /// with the messages the page showed.
    /// </summary>
    private static async Task ReleaseWithStepUpAsync(IPage page, DemoAccount account)
    {
        var form = page.GetByTestId("release-evidence");
        for (var attempt = 1; ; attempt++)
        {
            await form.GetByLabel("Fresh authenticator code (step-up)").FillAsync(new Totp(Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp());
            var answer = await page.RunAndWaitForResponseAsync(
                () => form.GetByRole(AriaRole.Button, new() { Name = "Release and sign" }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Release", StringComparison.Ordinal),
                new() { Timeout = Patient });
            if (answer.Status == 302)
            {
                return;
            }

            var errors = ErrorMessage().Matches(await answer.TextAsync()).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim())).ToList();
            if (!errors.Any(e => e.Contains("authenticator code", StringComparison.OrdinalIgnoreCase)) || attempt == 2)
            {
                throw new XunitException($"The bundle was not released (attempt {attempt}, HTTP {answer.Status}): {string.Join(" | ", errors)}");
            }

            var intoWindow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 30_000;
            await Task.Delay(TimeSpan.FromMilliseconds(30_000 - intoWindow + 500));
            await Assertions.Expect(form.GetByLabel("Fresh authenticator code (step-up)")).ToBeEmptyAsync(new() { Timeout = Patient });
        }
    }

    /// <summary>Signs in through the real forms and waits for the account's landing page (an admin's is /Admin).</summary>
    private async Task<IPage> SignInAsync(DemoAccount account, string landing = "/")
    {
        var context = await browser.Browser.NewContextAsync();
        context.SetDefaultTimeout(Patient);
        context.SetDefaultNavigationTimeout(Patient);
        var page = await context.NewPageAsync();
        pages.Add((account.Email, page));
        await page.GotoAsync($"{app.BaseUrl}/Account/Login");
        await page.GetByLabel("Email").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var codeField = page.GetByLabel("6-digit code from your authenticator app");
        await Assertions.Expect(codeField).ToBeVisibleAsync(Visible);
        await codeField.FillAsync(new Totp(Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{app.BaseUrl}{landing}", new() { Timeout = Patient });
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync(Visible);
        return page;
    }

    private static DemoAccount Demo(string email) => DemoAccounts.All.Single(a => a.Email == email);

    /// <summary>Each signed-in page's URL and visible text (validation messages included), for the failure message.</summary>
    private async Task<string> DescribePagesAsync()
    {
        var text = new StringBuilder();
        foreach (var (who, page) in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"--- {who} at {page.Url} ({DateTimeOffset.UtcNow:HH:mm:ss.fff} UTC)\n");
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

    [GeneratedRegex(@"/Evidence/Review/[0-9a-f-]{36}\?programId=[0-9a-f-]{36}$")]
    private static partial Regex ReviewUrl();

    /// <summary>A validation message in the returned form (summary items and field messages).</summary>
    [GeneratedRegex("<(?:li|span class=\"field-error[^\"]*\"[^>]*)>(?<text>[^<]+)</(?:li|span)>")]
    private static partial Regex ErrorMessage();

    /// <summary>
    /// The demo organisation with enough synthetic cases for the prison program's bundle to publish a rate (so the hub
    /// draws a forest plot), and a second evidence hub, new to the demo's key (the demo's own hub knows it already),
    /// with its admin, who signs in like anyone else.
    /// </summary>
    public sealed class DemoWithHub : LiveApp
    {
        public DemoAccount HubAdmin { get; } = new("hub-admin@hub.example", "Hana Hub", Role.OrganisationAdmin, "JBSWY3DPEHPK3PXPHUBADMIN");

        protected override int SyntheticParticipants => 1200;

        protected override int Seed => 7;

        protected override async Task AfterSeedAsync(IServiceProvider services)
        {
            var db = services.GetRequiredService<OfframpDbContext>();
            var hub = new Organisation { Name = "Evidence hub", IsEvidenceHub = true };
            db.Organisations.Add(hub);
            await db.SaveChangesAsync();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = HubAdmin.Email, Email = HubAdmin.Email, EmailConfirmed = true, DisplayName = HubAdmin.DisplayName, OrganisationId = hub.Id };
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", HubAdmin.TotpSecret));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganisationId = hub.Id, ProgramId = null, Role = Role.OrganisationAdmin });
            await db.SaveChangesAsync();
        }

        private static void Check(IdentityResult result) =>
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
