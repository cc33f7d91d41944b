using System.Text.Json.Nodes;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.OpenApi;

/// <summary>
/// The document clients generate from is complete by a public yardstick: Redocly's recommended ruleset finds neither an
/// error nor a warning in it (no missing security, operationId, 4xx answer, licence or tag description).
/// </summary>
public sealed class OpenApiLintTests
{
    [Fact]
    public async Task The_live_document_has_no_error_and_no_warning_under_the_recommended_ruleset()
    {
        await using var app = await OfframpAppFactory.CreateAsync(DatabaseProviderKind.Sqlite);
        var document = await LiveOpenApiDocument.FetchAsync(app);
        Assert.True(LiveOpenApiDocument.OperationCount(document) >= 100, "The document lists fewer than 100 operations.");

        var problems = await Redocly.LintAsync(document);

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems)}");
    }

    /// <summary>The lint is not vacuous: the same document without its licence and security scheme fails it.</summary>
    [Fact]
    public async Task The_lint_reports_a_document_that_lost_its_licence_and_security_scheme()
    {
        await using var app = await OfframpAppFactory.CreateAsync(DatabaseProviderKind.Sqlite);
        var document = JsonNode.Parse(await LiveOpenApiDocument.FetchAsync(app))!.AsObject();
        document["info"]!.AsObject().Remove("license");
        document["components"]!.AsObject().Remove("securitySchemes");

        var problems = await Redocly.LintAsync(document.ToJsonString());

        Assert.Contains(problems, p => p.RuleId == "info-license" && p.Severity == "warn");
        Assert.Contains(problems, p => p.RuleId == "security-defined" && p.Severity == "error");
    }
}
