using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Organisations.RoleRequests;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.SeparationOfDuties;

/// <summary>
/// The same separation of duties through the pages: the admin screen asks for a fresh authenticator code and turns a
/// program role into a request; the program's director approves it on the role requests page with a fresh code.
/// </summary>
public sealed class RoleRequestPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_admin_screen_needs_a_fresh_code_refuses_a_self_grant_and_sends_a_request(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var grantee = await world.CreateUserAsync("Page mentor");
        Dictionary<string, string> Grant(Guid userId, string? code) => new()
        {
            ["Grant.UserId"] = userId.ToString(),
            ["Grant.Role"] = nameof(Role.ProgramDirector),
            ["Grant.ProgramId"] = world.ProgramId.ToString(),
            ["Grant.StepUpCode"] = code ?? "",
        };

        var noCode = await PageSession.HtmlAsync(await admin.PostAsync("/Admin", Grant(grantee, null), "Grant"));
        Assert.Contains("Enter a fresh code from your authenticator app", noCode, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<RoleRequest>().AnyAsync(r => r.UserId == grantee)));

        var self = world.UserId(Persona.OrganisationAdmin);
        var selfGrant = await PageSession.HtmlAsync(await admin.PostAsync("/Admin", Grant(self, await world.FreshStepUpCodeAsync(Persona.OrganisationAdmin)), "Grant"));
        Assert.Contains("Nobody grants themselves a role", selfGrant, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == self && r.ProgramId != null)));

        var sent = await admin.PostAsync("/Admin", Grant(grantee, await world.FreshStepUpCodeAsync(Persona.OrganisationAdmin)), "Grant");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(RoleRequestStatus.Pending, await world.DbAsync(db => db.Set<RoleRequest>().Where(r => r.UserId == grantee).Select(r => r.Status).SingleAsync()));
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));
        Assert.Contains("Page mentor", await admin.GetPageAsync("/Admin"), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_director_approves_on_the_role_requests_page_only_with_a_fresh_code(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var grantee = await world.CreateUserAsync("Page psychologist");
        await world.RecordStepUpAsync(world.UserId(Persona.OrganisationAdmin));
        var asked = await (await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, $"/api/v1/admin/users/{grantee}/roles",
            new { Role = Role.Psychologist, ProgramId = world.ProgramId }).ExpectAsync(HttpStatusCode.Accepted)).ReadCreatedIdAsync();
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        Assert.Contains($"role-request-{asked}", await director.GetPageAsync("/Admin/RoleRequests"), StringComparison.Ordinal);

        var noCode = await PageSession.HtmlAsync(await director.PostAsync("/Admin/RoleRequests", new() { ["RequestId"] = asked.ToString() }, "Approve"));
        Assert.Contains("Enter a fresh code from your authenticator app", noCode, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));

        var approved = await director.PostAsync("/Admin/RoleRequests",
            new() { ["RequestId"] = asked.ToString(), ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Director) }, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Role.Psychologist, await world.DbAsync(db => db.RoleAssignments.Where(r => r.UserId == grantee).Select(r => r.Role).SingleAsync()));

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/Admin/RoleRequests")).Status);
    }
}
