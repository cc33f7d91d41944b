using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Programs;

/// <summary>
/// One program per name in an organisation, whoever creates or renames it: the admin screens and API here, the
/// operator's `offramp admin create-program` through the same use case (AdminBadInputTests in the CLI tests).
/// </summary>
public sealed class ProgramNameTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_second_program_with_a_name_the_organisation_already_uses_is_refused_on_create_and_rename(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var admin = world.Client(Persona.OrganisationAdmin);
        var existing = await world.DbAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == world.ProgramId));
        var second = await world.DbAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == world.SecondProgramId));
        static ProgramCommand Named(string name) => new() { Name = name, Kind = ProgramKind.Community, Aims = ProgramAims.Disengagement };

        var created = await ProblemJson.ReadAsync(await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/admin/programs", Named($" {existing.Name} ")), HttpStatusCode.UnprocessableEntity);
        var renamed = await ProblemJson.ReadAsync(
            await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/admin/programs/{second.Id}", Named(existing.Name), second.Version), HttpStatusCode.UnprocessableEntity);
        await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/admin/programs/{second.Id}", Named(second.Name), second.Version).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal([$"The organisation already has a program named '{existing.Name}'."], created.Errors["name"]);
        Assert.Equal([$"The organisation already has a program named '{existing.Name}'."], renamed.Errors["name"]);
        Assert.Equal(1, await world.DbAsync(db => db.Programs.CountAsync(p => p.OrganisationId == world.OrganisationId && p.Name == existing.Name)));
    }
}
