using Microsoft.Playwright;

using Offramp.Hosting.Demo;

namespace Offramp.Browser.Tests;

/// <summary>
/// In a real browser: a caseworker switches to Arabic on the sign-in page and the whole app mirrors (the brand moves to
/// the right, menus open from the right), the choice survives signing in, and the caseload reads right to left. On a
/// phone (390×844) the menu folds behind one button, so the header stays small and nothing overflows sideways.
/// </summary>
public sealed class LanguageAndPhoneTests(DemoCaseloadApp app, BrowserSession browser) : IClassFixture<DemoCaseloadApp>, IClassFixture<BrowserSession>
{
    // Two accounts, one per test: an authenticator code is accepted once per 30-second step, and the two tests run
    // seconds apart on the same app, so one account signing in twice would be refused its second code.
    private static readonly DemoAccount Caseworker = DemoAccounts.All.Single(a => a.Email == "caseworker@demo.offramp.org");

    private static readonly DemoAccount Colleague = DemoAccounts.All.Single(a => a.Email == "caseworker2@demo.offramp.org");

    [Fact]
    public async Task A_caseworker_works_in_arabic_and_the_layout_mirrors()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/Account/Login");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");

        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");

        await page.Locator("#Input_Email").FillAsync(Colleague.Email);
        await page.Locator("#Input_Password").FillAsync(DemoAccounts.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.Locator("main input[name=Code]").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(Colleague.TotpSecret)).ComputeTotp());
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{app.BaseUrl}/");

        // Still Arabic after signing in, and mirrored: the brand sits at the right edge, the account menu at the left.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var brand = await page.Locator("header.site .brand").BoundingBoxAsync();
        var account = await page.Locator("header.site .who summary").BoundingBoxAsync();
        Assert.NotNull(brand);
        Assert.NotNull(account);
        Assert.True(brand.X > 1366 / 2, $"brand at x={brand.X}: not mirrored");
        Assert.True(account.X < brand.X, "the account menu is not on the brand's left");

        // The caseload's headings and stages are in Arabic: no English heading is left on the page.
        var main = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("My caseload", main, StringComparison.Ordinal);
        Assert.Matches("[\u0600-\u06FF]{3,}", main);
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_and_the_caseload_does_not_overflow()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await BrowserSession.SignInAsync(page, app.BaseUrl, Caseworker.Email, DemoAccounts.Password, Caseworker.TotpSecret);

        var header = await page.Locator("header.site").BoundingBoxAsync();
        Assert.NotNull(header);
        Assert.True(header.Height < 140, $"the header takes {header.Height}px of the phone's 844");
        await Assertions.Expect(page.Locator("header.site nav")).ToBeHiddenAsync();
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth");
        Assert.True(overflow <= 390, $"the page is {overflow}px wide on a 390px phone");

        await page.Locator("label.menu-button").ClickAsync();
        await Assertions.Expect(page.Locator("header.site nav")).ToBeVisibleAsync();
        await page.Locator("header.site nav").GetByRole(AriaRole.Link, new() { Name = "Worklist", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Worklist"));
        await context.CloseAsync();
    }
}

/// <summary>The demo with a caseload, so the home page has rows to lay out on a phone.</summary>
public sealed class DemoCaseloadApp : LiveApp
{
    protected override int SyntheticParticipants => 40;
}
