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

    [Theory]
    [BothProviders]
    public async Task The_csv_comes_with_a_codebook_in_the_readers_language_covering_every_column_and_code(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        await director.ChooseLanguageAsync("fr");

        var response = await director.GetResponseAsync("/Safeguarding/Registry?handler=Codebook");
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var refused = await caseworker.GetResponseAsync("/Safeguarding/Registry?handler=Codebook");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("column,description,code,label", rows[0]);
        foreach (var column in Offramp.Core.Disclosure.ExportDisclosureRegister.Header)
        {
            Assert.Contains(rows, r => r.StartsWith(column + ",", StringComparison.Ordinal) && r.Split(',')[1].Length > 0);
        }

        foreach (var kind in Enum.GetNames<Offramp.Core.Disclosure.DisclosureEntryKind>())
        {
            Assert.Contains(rows, r => r.StartsWith($"kind,,{kind},", StringComparison.Ordinal));
        }

        // In French: the codes stay as the CSV writes them, their meaning is in the reader's words.
        Assert.Contains(rows, r => r.StartsWith("kind,,DecisionNotToDisclose,", StringComparison.Ordinal) && !r.EndsWith("DecisionNotToDisclose", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("fields,,GivenName,", StringComparison.Ordinal) && r.Contains("Prénom", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
