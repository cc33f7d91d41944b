using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The comparison-group page checks a file whole and shows it before anything is stored; a file with any bad row is
/// refused whole with every bad row named by row and column; the import stores the previewed rows and is audited.
/// </summary>
public sealed class ComparisonImportPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_preview_stores_nothing_and_names_every_bad_row_and_its_column(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Preview");
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var csv = "months_at_risk,event,gender\n12,1,Male\n30,0,Female\n12,yes,Male\n-3,1,=HYPERLINK(\"x\")\n40,0,\n";

        var html = await PageSession.HtmlAsync(await EvaluationPageForms.PreviewAsync(evaluator, program, "National", csv));

        Assert.Contains("Row 4, column event: must be 1 or 0 (got 'yes').", html, StringComparison.Ordinal);
        Assert.Contains("Row 5, column months_at_risk: must be a number from 0 to 1200 (got ''-3').", html, StringComparison.Ordinal);
        Assert.Contains("Row 5, column gender: must be Female, Male, Other or empty (got ''=HYPERLINK(\"x\")').", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 2,", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Sealed\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ComparisonGroup>().CountAsync(g => g.ProgramId == program)));
    }

    [Theory]
    [BothProviders]
    public async Task The_previewed_file_is_stored_on_import_and_audited(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Import");
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var csv = "months_at_risk,event,gender\r\n" + string.Concat(Enumerable.Range(0, 12).Select(i => i < 5 ? $"{6 + i},1,Male\r\n" : "40.5,0,Female\r\n"));

        var preview = await PageSession.HtmlAsync(await EvaluationPageForms.PreviewAsync(evaluator, program, "National", csv));

        Assert.Contains("data-testid=\"preview-rows\">12<", preview, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ComparisonGroup>().CountAsync(g => g.ProgramId == program)));

        var page = $"/Evaluation/ComparisonGroups?programId={program}";
        var imported = await evaluator.PostAsync(page, new()
        {
            ["Input.Name"] = "National",
            ["Input.Definition"] = "violent reconviction, national statistics 2019 release cohort",
            ["Sealed"] = EvaluationPageForms.Sealed(preview),
        }, handler: "Import");

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var group = await world.DbAsync(db => db.Set<ComparisonGroup>().AsNoTracking().SingleAsync(g => g.ProgramId == program));
        Assert.Equal(("National", 12), (group.Name, group.Size));
        var rows = await world.DbAsync(db => db.Set<ComparisonGroupRow>().AsNoTracking().Where(r => r.GroupId == group.Id).ToListAsync());
        Assert.Equal((12, 5), (rows.Count, rows.Count(r => r.Event)));
        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.ComparisonImported && e.EntityId == group.Id));
        Assert.Equal((world.UserId(Persona.Evaluator), "12 rows"), (audit.UserId, audit.Detail));
        Assert.Contains("National", (await evaluator.GetAsync(page)).Html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_file_with_one_bad_row_among_good_ones_is_refused_whole(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Whole");
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var good = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i % 30},{i % 2}\n"));
        var csv = "months_at_risk,event\n" + good + "1300,1\n" + good;

        var html = await PageSession.HtmlAsync(await EvaluationPageForms.PreviewAsync(evaluator, program, "Mostly good", csv));

        Assert.Contains("Row 52, column months_at_risk: must be a number from 0 to 1200 (got '1300').", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"preview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Sealed\"", html, StringComparison.Ordinal);

        // A sealed token can only come from a clean preview; a forged one is refused with a message, not stored.
        var forged = await evaluator.PostAsync($"/Evaluation/ComparisonGroups?programId={program}", new()
        {
            ["Input.Name"] = "Mostly good",
            ["Input.Definition"] = "violent reconviction",
            ["Sealed"] = "CfDJ8forged",
        }, handler: "Import");
        Assert.Contains("The preview has expired or does not belong to this program.", await PageSession.HtmlAsync(forged), StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ComparisonGroup>().CountAsync(g => g.ProgramId == program)));
        Assert.Equal(0, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ComparisonImported && e.UserId == world.UserId(Persona.Evaluator) && e.Detail == "101 rows")));
    }
}
