using System.Net;

using Offramp.Core.Access;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The report page's "Compare" list offers the imported comparison groups of the program the form shows from the
/// first visit, before any report is asked for: an evaluator of several programs sees the first program's groups.
/// </summary>
public sealed class ReportCompareListTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_first_visit_already_offers_the_shown_programs_imported_groups(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var first = await world.CreateEvaluationProgramAsync("Aa compare list");
        var second = await world.CreateEvaluationProgramAsync("Zz compare list");
        var group = $"Regional probation {Guid.NewGuid():N}";
        var groupId = await (await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{first}/evaluation/comparison-groups",
            new { Name = group, Definition = "violent reconviction, regional probation caseload", Csv = "months_at_risk,event\n12,1\n30,0\n" })
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        var (userId, email, totp) = await world.CreateSignInAccountAsync("Evaluator of two programs", world.OrganisationId);
        await world.GrantRoleAsync(userId, Role.Evaluator, first);
        await world.GrantRoleAsync(userId, Role.Evaluator, second);
        using var evaluator = await PageSession.SignInAsync(world, email, totp);

        var (status, html) = await evaluator.GetAsync("/Evaluation");
        var other = await evaluator.GetPageAsync($"/Evaluation?ProgramId={second}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<option value=\"{groupId}\">Imported group: {group}</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{first}\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"evaluation-report\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(group, other, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{second}\" selected=\"selected\">", other, StringComparison.Ordinal);
    }
}
