using System.Net;
using System.Text.Json.Nodes;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>
/// Assessor certifications are recorded by the organisation admin for anyone, and by a program director for the staff
/// of the programs they direct; the list each sees is limited the same way; everyone else gets 404.
/// </summary>
public sealed class CertificationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Url = "/api/v1/admin/certifications";

    [Theory]
    [BothProviders]
    public async Task A_director_certifies_the_staff_of_their_program_and_sees_only_theirs(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var director = world.Client(Persona.Director);
        var instrument = "Licensed tool " + Guid.NewGuid().ToString("N")[..8];

        await director.SendJsonAsync(HttpMethod.Post, Url, Certification(world.UserId(Persona.Psychologist), instrument)).ExpectAsync(HttpStatusCode.Created);

        // The organisation admin holds no program role: not the director's staff, so naming them changes nothing.
        var refused = await ProblemJson.ReadAsync(
            await director.SendJsonAsync(HttpMethod.Post, Url, Certification(world.UserId(Persona.OrganisationAdmin), instrument)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("programs you direct", refused.ErrorsFor("UserId")[0], StringComparison.Ordinal);

        await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, Certification(world.UserId(Persona.Auditor), instrument))
            .ExpectAsync(HttpStatusCode.Created);

        var directorsList = await ListAsync(director, instrument);
        Assert.Equal([world.UserId(Persona.Psychologist)], directorsList);
        var adminsList = await ListAsync(world.Client(Persona.OrganisationAdmin), instrument);
        Assert.Equal(2, adminsList.Count);
        Assert.Contains(world.UserId(Persona.Auditor), adminsList);

        await world.Client(Persona.CaseworkerA).GetAsync(Url).ExpectAsync(HttpStatusCode.NotFound);
        await world.Client(Persona.Psychologist).SendJsonAsync(HttpMethod.Post, Url, Certification(world.UserId(Persona.Psychologist), instrument))
            .ExpectAsync(HttpStatusCode.NotFound);
        Assert.Single(await ListAsync(director, instrument));
    }

    private static object Certification(Guid userId, string instrument) =>
        new { UserId = userId, InstrumentName = instrument, CertifiedOn = TestWorld.DaysAgo(10), ValidUntil = TestWorld.Today.AddDays(30) };

    private static async Task<List<Guid>> ListAsync(HttpClient client, string instrument)
    {
        var response = await client.GetAsync(Url).ExpectAsync(HttpStatusCode.OK);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray()
            .Where(c => c!["instrumentName"]!.GetValue<string>() == instrument)
            .Select(c => c!["userId"]!.GetValue<Guid>())];
    }
}
