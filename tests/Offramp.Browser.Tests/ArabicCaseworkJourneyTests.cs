using System.Globalization;
using System.Resources;

using Microsoft.Playwright;

using Offramp.Hosting.Demo;
using Offramp.Reports;
using Offramp.Web;

namespace Offramp.Browser.Tests;

/// <summary>
/// A caseworker's whole first case in Arabic, in a real browser: the switcher on the sign-in page, then referral,
/// screening, consent and a session, every field found by its Arabic label (the app's own translations), every page
/// right to left, the stage named in Arabic, and the Arabic notes on the timeline.
/// </summary>
public sealed class ArabicCaseworkJourneyTests(LiveApp app, BrowserSession browser) : IClassFixture<LiveApp>, IClassFixture<BrowserSession>
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
    private static readonly ResourceManager Interface = new("Offramp.Web.Resources.SharedResource", typeof(OfframpWebApp).Assembly);
    private static readonly ResourceManager Codes = new("Offramp.Reports.Resources.EnumText", typeof(EnumLabels).Assembly);

    [Fact]
    public async Task A_caseworker_takes_a_case_from_referral_to_a_session_in_arabic()
    {
        var caseworker = DemoAccounts.All.Single(a => a.Email == "caseworker@demo.offramp.org");
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await page.Locator("#Input_Email").FillAsync(caseworker.Email);
        await page.Locator("#Input_Password").FillAsync(DemoAccounts.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.Locator("main input[name=Code]").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(caseworker.TotpSecret)).ComputeTotp());
        await page.Locator("main form button[type=submit]").ClickAsync();
        await ExpectArabicAsync(page);

        // Referral, with the person's name in Arabic script.
        await page.GetByRole(AriaRole.Link, new() { Name = Ar("New referral") }).ClickAsync();
        await ExpectArabicAsync(page);
        await page.GetByLabel(Ar("Program"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel(Ar("Referred by (source)")).SelectOptionAsync("SecurityStaff");
        await page.GetByLabel(Ar("Referrer (role or agency)")).FillAsync("ضابط أمن السجن");
        await page.GetByLabel(Ar("Reason for referral")).FillAsync("طلب التحدث مع أحد عن ترك الجماعة.");
        await page.GetByLabel(Ar("Given name"), new() { Exact = true }).FillAsync("سمير");
        await page.GetByLabel(Ar("Family name"), new() { Exact = true }).FillAsync("حداد");
        await page.GetByRole(AriaRole.Button, new() { Name = Ar("Register referral") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync(Code("Stage.Referred"));
        await ExpectArabicAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = Ar("Record screening") }).ClickAsync();
        await page.GetByLabel(Ar("Reason"), new() { Exact = true }).FillAsync("مؤهل ولديه دافع للمشاركة.");
        await page.GetByRole(AriaRole.Button, new() { Name = Ar("Save decision") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync(Code("Stage.Screening"));

        // Consent: a missing confirmation is named in Arabic, next to its field.
        await page.GetByRole(AriaRole.Link, new() { Name = Ar("Record consent") }).ClickAsync();
        await page.GetByLabel(Ar("Consent form version")).FillAsync("2026-1");
        await page.GetByLabel(Ar("Use of data in evaluation (de-identified)")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Ar("Record consent") }).ClickAsync();
        var missing = await page.Locator("[data-valmsg-for='Input.ParticipantInformed']").InnerTextAsync();
        Assert.Matches("[\u0600-\u06FF]{3,}", missing);
        await page.GetByLabel(Ar("I explained what taking part means, that it is voluntary, and that consent can be withdrawn at any time.")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Ar("Record consent") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync(Code("Stage.Consented"));

        await page.GetByRole(AriaRole.Link, new() { Name = Ar("Log session") }).ClickAsync();
        await ExpectArabicAsync(page);
        await page.GetByLabel(Ar("Kind of session")).SelectOptionAsync("OneToOne");
        await page.GetByLabel(Ar("Duration (minutes)")).FillAsync("75");
        await page.GetByLabel(Ar("Notes"), new() { Exact = true }).FillAsync("اللقاء الأول: تحدثنا عن أخيه وعن العمل بعد الإفراج.");
        await page.GetByRole(AriaRole.Button, new() { Name = Ar("Save session") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("تحدثنا عن أخيه");
        await ExpectArabicAsync(page);

        // The record page speaks Arabic: its English headings and buttons are nowhere on it.
        var main = await page.Locator("main").InnerTextAsync();
        foreach (var english in new[] { "Log session", "Timeline", "Identity", "Change stage" })
        {
            Assert.DoesNotContain(english, main, StringComparison.Ordinal);
        }

        await context.CloseAsync();
    }

    /// <summary>Arabic, right to left, and mirrored: the main column's text starts at the right.</summary>
    private static async Task ExpectArabicAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).direction"));
        var heading = await page.Locator("main h1").First.BoundingBoxAsync();
        Assert.NotNull(heading);
        Assert.True(heading.X + heading.Width > 1366 / 2, "the page heading does not sit on the right");
    }

    private static string Ar(string english) => Interface.GetString(english, Arabic) is { } text && text != english
        ? text
        : throw new Xunit.Sdk.XunitException($"The interface has no Arabic for \"{english}\".");

    private static string Code(string key) => Codes.GetString(key, Arabic) ?? throw new Xunit.Sdk.XunitException($"No Arabic label for {key}.");
}
