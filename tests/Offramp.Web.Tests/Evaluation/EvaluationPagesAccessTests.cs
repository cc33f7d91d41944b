using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Organisations;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The comparison-group, agreement and export pages exist only for the program's directors and evaluators: a
/// caseworker, and an evaluator of another program, get 404 on every one, also when posting the export form with a
/// token from a page they may open.
/// </summary>
public sealed class EvaluationPagesAccessTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly string[] Pages = ["/Evaluation/ComparisonGroups", "/Evaluation/Agreement", "/Evaluation/Export"];

    [Theory]
    [BothProviders]
    public async Task A_caseworker_and_an_evaluator_of_another_program_get_not_found_on_every_page(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var evaluated = await world.CreateEvaluationProgramAsync("Evaluated");
        var other = await world.DbAsync(async db =>
        {
            var program = new OfframpProgram { OrganisationId = world.OrganisationId, Name = $"Not evaluated {Guid.NewGuid():N}", Kind = ProgramKind.Prison, Aims = ProgramAims.Rehabilitation };
            db.Programs.Add(program);
            db.Audit.Record(AuditActions.Create, AuditEntities.Program, program.Id);
            await db.SaveChangesAsync();
            return program.Id;
        });
        await world.GrantRoleAsync(world.UserId(Persona.Director), Role.ProgramDirector, other);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        using var director = await PageSession.SignInAsync(world, Persona.Director);

        foreach (var page in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"{page}?programId={evaluated}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"{page}?programId={other}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"{page}?programId={evaluated}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"{page}?programId={world.ProgramId}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"{page}?programId={other}")).Status);
        }

        var export = await evaluator.PostAsync($"/Evaluation/Export?programId={other}",
            new() { ["Input.Recipient"] = "University A", ["Input.Format"] = "Csv", ["Input.Dates"] = "Shift" }, formPage: $"/Evaluation/Export?programId={evaluated}");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Equal(0, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ResearchExport && e.EntityId == other)));
    }
}
