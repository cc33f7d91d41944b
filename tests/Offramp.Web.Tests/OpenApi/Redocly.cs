using System.Text.Json;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.OpenApi;

/// <summary>
/// Redocly CLI, pinned in tools/openapi-lint/package.json and installed there by scripts/test.sh (npm ci), linting with
/// tools/openapi-lint/redocly.yaml (the recommended ruleset).
/// </summary>
internal static class Redocly
{
    public sealed record Problem(string RuleId, string Severity, string Message, string Pointer)
    {
        public override string ToString() => $"{Severity} {RuleId} at {Pointer}: {Message}";
    }

    public static async Task<IReadOnlyList<Problem>> LintAsync(string document)
    {
        var tools = Path.Combine(TestWorld.RepositoryRoot(), "tools", "openapi-lint");
        var cli = Path.Combine(tools, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"Redocly CLI is not installed at {cli}: run `npm ci` in {tools} (scripts/test.sh does).");
        }

        var file = await LiveOpenApiDocument.ToTempFileAsync(document);
        try
        {
            var run = await CommandLine.RunAsync(
                "node",
                [cli, "lint", file, "--config", Path.Combine(tools, "redocly.yaml"), "--format", "json", "--max-problems", "10000"],
                tools,
                new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" });

            // Exit 1 only says that problems were found; the JSON report on stdout lists them. Anything else is a broken run.
            if (run.ExitCode is not (0 or 1) || !run.StandardOutput.TrimStart().StartsWith('{'))
            {
                throw new InvalidOperationException(run.Describe("redocly lint"));
            }

            using var report = JsonDocument.Parse(run.StandardOutput);
            return [.. report.RootElement.GetProperty("problems").EnumerateArray().Select(p => new Problem(
                p.GetProperty("ruleId").GetString()!,
                p.GetProperty("severity").GetString()!,
                p.GetProperty("message").GetString()!,
                p.GetProperty("location").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } at && at.TryGetProperty("pointer", out var pointer) ? pointer.GetString()! : ""))];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
