using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Disclosure;

/// <summary>The program-wide disclosure register page: the director sees every entry with its hash, never the content; nobody else finds it.</summary>
public sealed class RegistryPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_director_sees_the_register_of_their_programs_and_a_caseworker_gets_404(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var command = TestWorld.NewDisclosure();
        command.LegalBasis = "Registry page check, s.29";
        await world.SendDisclosureAsync(participant.Id, command, stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director)).ExpectAsync(HttpStatusCode.Created);

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var (status, html) = await director.GetAsync("/Safeguarding/Registry");
        var csv = await director.GetResponseAsync("/Safeguarding/Registry?handler=Csv");
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var refused = await caseworker.GetResponseAsync("/Safeguarding/Registry");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Registry page check, s.29", html, StringComparison.Ordinal);
        Assert.Contains(participant.Code, html, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{64}", html);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Registry page check, s.29", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
