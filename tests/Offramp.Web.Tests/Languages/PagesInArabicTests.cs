using System.Net;
using System.Text.RegularExpressions;

using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;
using Offramp.Web.Tests.Demo;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// Every demo account walks every page its menus and pages link to, in Arabic: each page answers, reads right to
/// left, and never shows a coded value's raw name ("FollowUp", "SecurityStaff", "NotRecorded") where a person reads.
/// </summary>
[Collection(SeededDemoGroup.Name)]
public sealed partial class PagesInArabicTests(SeededDemo demo)
{
    private const int PagesPerAccount = 70;

    /// <summary>
    /// Codes that escaped their labels: enum member names made of several words ("FollowUp"), the task kinds' codes
    /// ("plan-review") and column names in snake case ("legal_basis"). In an Arabic page's text they can be nothing else.
    /// </summary>
    private static readonly Regex RawCodes = new(
        @"\b(" + string.Join("|", typeof(Stage).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames).Where(n => SeveralWords().IsMatch(n))
            .Concat(typeof(TaskKinds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(k => k.Contains('-', StringComparison.Ordinal)))
            .Distinct().Select(Regex.Escape)) + @")\b|\b[a-z][a-z0-9]*_[a-z0-9_]+\b",
        RegexOptions.CultureInvariant);

    [Theory]
    [BothProviders]
    public async Task Every_page_every_demo_account_reaches_reads_right_to_left_in_words(DatabaseProviderKind provider)
    {
        var (app, _) = await demo.OnAsync(provider);
        var visitedOverall = 0;
        var problems = new List<string>();
        foreach (var account in DemoAccounts.SignIn)
        {
            using var browser = await PageSession.SignInAsync(app, account.Email, DemoAccounts.Password, account.TotpSecret);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/Account/Language", new() { ["code"] = "ar", ["returnUrl"] = "/" }, formPage: "/Settings/Tokens")).StatusCode);

            var visited = await WalkAsync(browser, (path, html) =>
            {
                if (!html.Contains("<html lang=\"ar\" dir=\"rtl\"", StringComparison.Ordinal))
                {
                    problems.Add($"{account.Email} {path}: not right to left");
                }

                var text = VisibleText(html);
                foreach (var code in RawCodes.Matches(text).DistinctBy(m => m.Value))
                {
                    problems.Add($"{account.Email} {path}: shows the code \"{code.Value}\" in \"{Around(text, code)}\"");
                }
            });

            Assert.True(visited >= 4, $"{account.Email} reached only {visited} pages");
            visitedOverall += visited;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.True(visitedOverall > 150, $"only {visitedOverall} pages walked");
    }

    /// <summary>Breadth first over same-site links, at most two addresses per page (different participants show the same page), never an action or a download.</summary>
    private static async Task<int> WalkAsync(PageSession browser, Action<string, string> check)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(["/"]);
        var perPage = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var visited = 0;
        while (queue.Count > 0 && visited < PagesPerAccount)
        {
            var path = queue.Dequeue();
            var response = await browser.GetResponseAsync(path);
            for (var hops = 0; hops < 3 && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to && to.StartsWith('/'); hops++)
            {
                response = await browser.GetResponseAsync(to);
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            visited++;
            check(path, html);
            foreach (var link in Link().Matches(html).Select(m => m.Groups[1].Value))
            {
                var page = Guid().Replace(link.Split('?', '#')[0], "{id}");
                if (Skip().IsMatch(page) || !seen.Add(link))
                {
                    continue;
                }

                var count = perPage.GetValueOrDefault(page);
                if (count < 2)
                {
                    perPage[page] = count + 1;
                    queue.Enqueue(link);
                }
            }
        }

        return visited;
    }

    /// <summary>The words around <paramref name="match"/>, so a failure says where the code was.</summary>
    private static string Around(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 40);
        var to = Math.Min(text.Length, match.Index + match.Length + 40);
        return Regex.Replace(text[from..to], @"\s+", " ").Trim();
    }

    /// <summary>What a person reads: text outside tags, scripts and styles, and outside code marked as such (a CSV file's column names).</summary>
    private static string VisibleText(string html) => Tag().Replace(Hidden().Replace(html, " "), " ");

    [GeneratedRegex("^[A-Z][a-z0-9]+[A-Z]")]
    private static partial Regex SeveralWords();

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex Link();

    /// <summary>The API, files, charts, downloads and sign-out are not pages to read.</summary>
    [GeneratedRegex(@"^/(api|openapi|css|js|lib|Account)(/|$)|\.(css|js|png|svg|csv|json|html|zip)$|/(Chart|Download|Export|File)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    [GeneratedRegex("<(script|style|title|code|pre|kbd|samp)[^>]*>.*?</\\1>|<option[^>]*value=\"[^\"]*\"", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
