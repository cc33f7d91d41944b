using System.Text.RegularExpressions;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Architecture;

/// <summary>
/// The UI and the API are two doors onto the same use cases: Razor pages never call API classes and the API never uses
/// page types. What both need (e.g. the cohort query, a metric's survival) lives outside both folders.
/// </summary>
public sealed partial class PagesAndApiTests
{
    private static readonly string Web = Path.Combine(TestWorld.RepositoryRoot(), "src", "Offramp.Web");

    [Fact]
    public void The_API_uses_no_page_type()
    {
        var offenders = Sources(Path.Combine(Web, "Api"), "*.cs").Where(f => PagesReference().IsMatch(File.ReadAllText(f))).ToList();

        Assert.True(offenders.Count == 0, $"API files that use page types: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Pages_call_no_API_class()
    {
        var pages = Sources(Path.Combine(Web, "Pages"), "*.cs").Concat(Sources(Path.Combine(Web, "Pages"), "*.cshtml"));
        var offenders = pages.Where(f => ApiReference().IsMatch(File.ReadAllText(f))).ToList();

        Assert.True(offenders.Count == 0, $"Page files that use API classes: {string.Join(", ", offenders)}");
    }

    /// <summary>No hidden reads: a partial shows what its page (or the layout) loaded, and injects nothing to load more.</summary>
    [Fact]
    public void Partials_inject_nothing()
    {
        var partials = Sources(Path.Combine(Web, "Pages"), "_*.cshtml")
            .Where(f => Path.GetFileName(f) is not ("_ViewImports.cshtml" or "_ViewStart.cshtml" or "_Layout.cshtml")).ToList();
        var offenders = partials.Where(f => File.ReadAllText(f).Contains("@inject", StringComparison.Ordinal)).ToList();

        Assert.True(partials.Count > 5, $"only {partials.Count} partials found");
        Assert.True(offenders.Count == 0, $"Partials that inject a service: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_check_recognises_both_kinds_of_reference()
    {
        Assert.Matches(PagesReference(), "using Offramp.Web.Pages.Evaluation;");
        Assert.Matches(ApiReference(), "await Api.EvaluationEndpoints.SurvivalOfAsync(build, id, metricId, Cohort, ct);");
        Assert.Matches(ApiReference(), "@using Offramp.Web.Api");
        Assert.DoesNotMatch(ApiReference(), "Api keys are made in Account, Tokens.");
    }

    private static IEnumerable<string> Sources(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bOfframp\.Web\.Pages\b|\bPages\.[A-Z]\w*\.")]
    private static partial Regex PagesReference();

    [GeneratedRegex(@"\bOfframp\.Web\.Api\b|\bApi\.[A-Z]\w*(Endpoints|Routes|ETags)\b|\b\w+Endpoints\.\w+\(")]
    private static partial Regex ApiReference();
}
