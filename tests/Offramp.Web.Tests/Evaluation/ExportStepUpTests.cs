using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The research export releases a program's records in bulk, so the page asks for a fresh authenticator code like
/// disclosure and API tokens: without one, or with a wrong or replayed one, nothing is exported and the refusal says
/// why; with a fresh one the zip downloads, the step-up and the export both audited.
/// </summary>
public sealed class ExportStepUpTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_download_is_refused_without_a_fresh_authenticator_code_and_allowed_with_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Export step-up");
        await world.AddEvaluationCasesAsync(program, [new(Outcomes: [(OutcomeType.Employment, 900)]), new()]);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Export?programId={program}";
        static Dictionary<string, string> Form(string? code) => code is null
            ? new() { ["Input.Recipient"] = "University A", ["Input.Format"] = "Csv", ["Input.Dates"] = "Shift" }
            : new() { ["Input.Recipient"] = "University A", ["Input.Format"] = "Csv", ["Input.Dates"] = "Shift", ["StepUpCode"] = code };

        var withoutCode = await evaluator.PostAsync(page, Form(null));
        var blankCode = await evaluator.PostAsync(page, Form(" "));
        var wrongCode = await evaluator.PostAsync(page, Form(world.StepUpCodeAt(Persona.Evaluator, TestWorld.CurrentTimeStep() - 100)));

        foreach (var refused in new[] { withoutCode, blankCode, wrongCode })
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Contains("Enter a fresh code from your authenticator app to confirm.", await PageSession.HtmlAsync(withoutCode), StringComparison.Ordinal);
        Assert.Contains("Enter a fresh code from your authenticator app to confirm.", await PageSession.HtmlAsync(blankCode), StringComparison.Ordinal);
        Assert.Contains("The authenticator code is wrong or expired", await PageSession.HtmlAsync(wrongCode), StringComparison.Ordinal);
        Assert.Equal(0, await ExportsAsync(world, program));

        var code = await world.FreshStepUpCodeAsync(Persona.Evaluator);
        var allowed = await evaluator.PostAsync(page, Form(code));
        var replayed = await evaluator.PostAsync(page, Form(code));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("application/zip", allowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", replayed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This authenticator code was already used.", await PageSession.HtmlAsync(replayed), StringComparison.Ordinal);
        Assert.Equal(1, await ExportsAsync(world, program));
        var evaluatorId = world.UserId(Persona.Evaluator);
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.StepUp && e.EntityId == evaluatorId)));
    }

    private static Task<int> ExportsAsync(TestWorld world, Guid program) =>
        world.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ResearchExport && e.EntityId == program));
}
