using System.Text.RegularExpressions;

using Microsoft.Playwright;

using OtpNet;

namespace Offramp.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), with helpers to sign in like a person.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// How long a step may take before the test fails. Generous on purpose: CI runs the other suites at the same
    /// time on two cores, and Playwright's five-second default for expectations fails there on a slow first render.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException("Debian's chromium is missing: run the README's test command (bash scripts/test.sh), which installs it.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>A fresh browser context (its own cookies) with patient timeouts for actions and navigations.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync();
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>Opens the menu group <paramref name="group"/> ("Program", "Evaluation") and follows its link <paramref name="link"/>, as a person would.</summary>
    public static async Task MenuAsync(IPage page, string group, string link)
    {
        var summary = page.Locator("header.site summary").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(group)}\\s*$") });
        await summary.ClickAsync();
        await page.Locator("header.site details[open]").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    /// <summary>Signs in through the real forms: password, then the current TOTP code from the account's secret; waits for <paramref name="landing"/> (an admin's is /Admin).</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password, string totpSecret, string landing = "/")
    {
        await page.GotoAsync($"{baseUrl}/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var code = new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp();
        await page.GetByLabel("6-digit code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Polls the URL rather than WaitForURLAsync, which also waits for a "load" event that Playwright sometimes never
        // reports after this POST-redirect on a loaded machine (seen: page at "/", rendered and idle, wait timed out).
        await Assertions.Expect(page).ToHaveURLAsync($"{baseUrl}{landing}", new() { Timeout = (float)Patience.TotalMilliseconds });
    }
}
