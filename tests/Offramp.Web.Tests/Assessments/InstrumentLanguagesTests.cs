using System.Net;
using System.Text.Json.Nodes;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>
/// An instrument's texts may come in English, French and Arabic: a rater reads them in their own language, English
/// where a text has no translation, with the same keys and codes whatever the language; the instrument's page tells
/// the admin which texts still lack a version; a map without English, or in a language the app does not speak, is
/// refused at its path; the stored form keeps every translation.
/// </summary>
public sealed class InstrumentLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string FrenchItem = "Le contact avec le milieu extrémiste occupe l'essentiel de la vie sociale de la personne.";
    private const string FrenchLevel = "Absent (fr)";

    [Fact]
    public void The_parser_keeps_each_language_by_path_and_shows_english_where_a_text_has_none()
    {
        var definition = InstrumentParser.Parse(Partly().ToJsonString());

        Assert.Equal("Contact with the extremist milieu takes up most of the person's social life.", definition.Item("SR1")!.Text);
        var french = definition.In("fr");
        Assert.Equal(FrenchItem, french.Item("SR1")!.Text);
        Assert.Equal(FrenchLevel, french.Scale.Levels[0].Label);
        Assert.Equal(definition.Item("SR2")!.Text, french.Item("SR2")!.Text);
        Assert.Equal(definition.Items.Select(i => i.Key), french.Items.Select(i => i.Key));
        Assert.Equal(definition.Scale.Levels.Select(l => l.Code), french.Scale.Levels.Select(l => l.Code));
        Assert.Equal(definition.Item("SR1")!.Text, definition.In("ar").Item("SR1")!.Text);

        var total = definition.Texts().Count();
        Assert.Equal(total - 2, definition.Untranslated("fr").Count);
        Assert.Equal(total, definition.Untranslated("ar").Count);
        Assert.Empty(definition.Untranslated("en"));

        // The canonical stored form keeps the maps: parsed again, nothing is lost.
        var stored = InstrumentParser.Parse(InstrumentParser.Serialize(definition));
        Assert.Equal(FrenchItem, stored.In("fr").Item("SR1")!.Text);
        Assert.Equal(total - 2, stored.Untranslated("fr").Count);
    }

    [Fact]
    public void A_text_map_without_english_or_in_an_unknown_language_is_refused_at_its_path()
    {
        var file = Partly();
        file["domains"]![0]!["items"]![1]!["text"] = new JsonObject { ["fr"] = "Sans anglais." };
        file["domains"]![0]!["items"]![2]!["guidance"] = new JsonObject { ["en"] = "Guidance.", ["de"] = "Anleitung." };

        var errors = Assert.Throws<DomainException>(() => InstrumentParser.Parse(file.ToJsonString())).FieldErrors;

        Assert.Contains("$.domains[0].items[1].text", errors.Keys);
        Assert.Contains(errors.Keys, k => k.StartsWith("$.domains[0].items[2].guidance", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task A_french_rater_reads_the_items_in_french_and_the_admin_sees_what_is_left_to_translate(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var file = Partly($"Languages {Guid.NewGuid():N}");
        var instrument = await world.ImportInstrumentAsync(file);
        var assessed = await world.AssessedCaseAsync();
        var assessment = await world.OpenAssessmentAsync(assessed.ParticipantId, instrument);
        var rate = $"/Assessments/Rate?id={assessed.ParticipantId}&assessmentId={assessment}";

        using var psychologist = await PageSession.SignInAsync(world, Persona.Psychologist);
        var english = await psychologist.GetPageAsync(rate);
        Assert.DoesNotContain(FrenchItem, english, StringComparison.Ordinal);
        await psychologist.ChooseLanguageAsync("fr");
        var french = WebUtility.HtmlDecode(await psychologist.GetPageAsync(rate));
        Assert.Contains(FrenchItem, french, StringComparison.Ordinal);
        Assert.Contains(FrenchLevel, french, StringComparison.Ordinal);
        Assert.Contains("Has at least one supportive relationship", french, StringComparison.Ordinal);

        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var page = PageSession.TextOf(WebUtility.HtmlDecode(await admin.GetPageAsync($"/Instruments/Version?instrumentId={instrument}")));
        var total = InstrumentParser.Parse(file.ToJsonString()).Texts().Count();
        Assert.Contains($"{total - 2} of {total} texts have no French version and show in English", page, StringComparison.Ordinal);
        Assert.Contains($"{total} of {total} texts have no Arabic version and show in English", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_api_gives_an_instrument_with_its_translations_by_path(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(Partly($"Api languages {Guid.NewGuid():N}"));

        var detail = JsonNode.Parse(await (await world.Client(Persona.Psychologist).GetAsync($"/api/v1/instruments/{instrument}").ExpectAsync(HttpStatusCode.OK))
            .Content.ReadAsStringAsync())!;

        Assert.Equal(FrenchItem, detail["translations"]!["$.domains[0].items[0].text"]!["fr"]!.GetValue<string>());
        Assert.Equal(FrenchLevel, detail["translations"]!["$.scale.levels[0].label"]!["fr"]!.GetValue<string>());
        Assert.Equal(2, detail["translations"]!.AsObject().Count);
        Assert.NotEqual(FrenchItem, detail["definition"]!["domains"]![0]!["items"]![0]!["text"]!.GetValue<string>());
    }

    /// <summary>The open instrument with every text in English only, then SR1's text and the lowest level in French.</summary>
    private static JsonObject Partly(string? name = null)
    {
        var file = TestWorld.OpenInstrument(name);
        TranslatableText.Extract(file);
        file["domains"]![0]!["items"]![0]!["text"] = new JsonObject
        {
            ["en"] = file["domains"]![0]!["items"]![0]!["text"]!.GetValue<string>(),
            ["fr"] = FrenchItem,
        };
        file["scale"]!["levels"]![0]!["label"] = new JsonObject { ["en"] = "Absent", ["fr"] = FrenchLevel };
        return file;
    }
}
