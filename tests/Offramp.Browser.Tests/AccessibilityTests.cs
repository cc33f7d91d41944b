using System.Text.RegularExpressions;

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

using Microsoft.Playwright;

using Offramp.Hosting.Demo;

namespace Offramp.Browser.Tests;

/// <summary>
/// axe-core on every kind of page each demo role reaches, in English, French and Arabic: no violation of any impact.
/// Pages are found by following the menus and links from home, one address per page (a second participant's record is
/// the same page), so a new page is checked without anyone listing it here.
/// </summary>
public sealed partial class AccessibilityTests(DemoCaseloadApp app, BrowserSession browser) : IClassFixture<DemoCaseloadApp>, IClassFixture<BrowserSession>
{
    private const int PagesPerAccount = 40;

    private static readonly string[] Accounts =
    [
        "director@demo.offramp.org", "caseworker@demo.offramp.org", "psychologist@demo.offramp.org", "evaluator@demo.offramp.org",
        "admin@demo.offramp.org", "auditor@demo.offramp.org", "hub@demo.offramp.org",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task Every_page_passes_axe(string language)
    {
        var checkedPages = new HashSet<string>();
        var violations = new List<string>();
        foreach (var email in Accounts)
        {
            var account = DemoAccounts.SignIn.Single(a => a.Email == email);
            var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
            context.SetDefaultTimeout((float)BrowserSession.Patience.TotalMilliseconds);
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{app.BaseUrl}/Account/Login");
            await page.Locator($"form.language-switcher button[value={language}]").ClickAsync();
            await page.Locator("#Input_Email").FillAsync(account.Email);
            await page.Locator("#Input_Password").FillAsync(DemoAccounts.Password);
            await page.Locator("main form button[type=submit]").ClickAsync();
            await page.Locator("main input[name=Code]").FillAsync(new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(account.TotpSecret)).ComputeTotp());
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/"));

            var queue = new Queue<string>(["/"]);
            var seen = new HashSet<string>(["/"]);
            var visited = 0;
            while (queue.Count > 0 && visited < PagesPerAccount)
            {
                var path = queue.Dequeue();
                var response = await page.GotoAsync(app.BaseUrl + path);
                Assert.True(response is { Ok: true }, $"{email} GET {path} answered {response?.Status}");
                visited++;
                foreach (var link in await page.EvalOnSelectorAllAsync<string[]>("a[href^='/']", "links => links.map(a => a.getAttribute('href'))"))
                {
                    var template = Template(link);
                    if (!Skip().IsMatch(link.Split('?')[0]) && !link.Contains("handler=", StringComparison.Ordinal) && seen.Add(template))
                    {
                        queue.Enqueue(link);
                    }
                }

                if (!checkedPages.Add(Template(path)))
                {
                    continue;
                }

                Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
                var result = await page.RunAxe();
                violations.AddRange(result.Violations.Select(v =>
                    $"{path} ({email}): {v.Id} [{v.Impact}] {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }

            await context.CloseAsync();
        }

        Assert.True(checkedPages.Count >= 30, $"only {checkedPages.Count} pages checked");
        foreach (var mustCheck in new[] { "/Participants/DataProtection", "/Admin/Retention", "/Worklist", "/Safeguarding/Registry" })
        {
            Assert.True(checkedPages.Contains(mustCheck), $"{mustCheck} was never reached; checked: {string.Join(", ", checkedPages.Order())}");
        }

        Assert.True(violations.Count == 0, $"{violations.Count} axe violations in {language}:\n{string.Join("\n", violations)}");
    }

    /// <summary>One address per page: ids and query values removed ("/Participants/Details/{id}").</summary>
    private static string Template(string link) => Guid().Replace(link.Split('?', '#')[0], "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    /// <summary>Not pages to read: the API, files, downloads, charts and the account's own forms.</summary>
    [GeneratedRegex(@"^/(api|openapi|css|js|lib|Account)(/|$)|\.(css|js|png|svg|csv|json|html|zip)$|/(Chart|Download|Export|File)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();
}
