using System.Net;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// What ships with Offramp speaks every language the interface does: the open instrument and the coded-profile codebook
/// carry a French and an Arabic version of every text a person reads, and a caseworker reading in Arabic codes a
/// participant on Arabic labels, with the same codes whatever the language.
/// </summary>
public sealed class ShippedContentLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Fact]
    public void The_shipped_instrument_and_codebook_have_every_text_in_french_and_arabic()
    {
        var instrument = InstrumentParser.Parse(File.ReadAllText(Path.Combine(TestWorld.RepositoryRoot(), TestWorld.OpenInstrumentFile)));
        var codebook = CodebookParser.Parse(TestWorld.ShippedCodebook().ToJsonString());

        Assert.NotEmpty(instrument.Texts());
        Assert.NotEmpty(codebook.Texts());
        foreach (var language in new[] { "fr", "ar" })
        {
            Assert.Empty(instrument.Untranslated(language));
            Assert.Empty(codebook.Untranslated(language));
        }

        Assert.NotEqual(instrument.Item("SR1")!.Text, instrument.In("ar").Item("SR1")!.Text);
        Assert.Matches("[\u0600-\u06FF]{3,}", instrument.In("ar").Item("SR1")!.Text);
        Assert.Equal(codebook.Fields.SelectMany(f => f.Options).Select(o => o.Code), codebook.In("fr").Fields.SelectMany(f => f.Options).Select(o => o.Code));
    }

    [Fact]
    public void Every_shipped_template_has_every_text_in_french_and_arabic()
    {
        var templates = ShippedTemplates.All();

        Assert.Equal(5, templates.Count);
        foreach (var template in templates)
        {
            var paths = template.Texts().Select(t => t.Path).ToList();
            Assert.NotEmpty(paths);
            foreach (var language in new[] { "fr", "ar" })
            {
                Assert.True(template.Translations.Untranslated(paths, language).Count == 0,
                    $"{template.Key} lacks {language} for {string.Join(", ", template.Translations.Untranslated(paths, language))}");
            }
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_catalogue_shows_a_french_reader_the_templates_in_french_and_keeps_english_for_editing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates/shipped").ExpectAsync(HttpStatusCode.OK);
        var entre = ShippedTemplates.All().Single(t => t.Key == "entre");
        var maintenance = entre.Modules.FindIndex(m => m.Name == "Maintenance");
        var french = entre.Translations[$"$.modules[{maintenance}].name"]["fr"];
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);

        var english = WebUtility.HtmlDecode(await admin.GetPageAsync("/Catalogue"));
        await admin.ChooseLanguageAsync("fr");
        var inFrench = WebUtility.HtmlDecode(await admin.GetPageAsync("/Catalogue"));
        var editing = WebUtility.HtmlDecode(await admin.GetPageAsync("/Catalogue/Define?key=entre"));

        Assert.DoesNotContain(french, english, StringComparison.Ordinal);
        Assert.Contains(french, inFrench, StringComparison.Ordinal);
        Assert.Contains(entre.Translations["$.description"]["fr"], inFrench, StringComparison.Ordinal);
        Assert.Contains("Maintenance", editing, StringComparison.Ordinal);
        Assert.DoesNotContain(french, editing, StringComparison.Ordinal);
    }

    [Fact]
    public void A_codebook_label_without_a_version_shows_in_english_and_is_counted_as_untranslated()
    {
        var file = TestWorld.ShippedCodebook();
        TranslatableText.Extract(file);
        file["fields"]![0]!["label"] = new System.Text.Json.Nodes.JsonObject { ["en"] = "Movement or group", ["ar"] = "الحركة أو الجماعة" };

        var codebook = CodebookParser.Parse(file.ToJsonString());

        Assert.Equal("الحركة أو الجماعة", codebook.In("ar").Fields[0].Label);
        Assert.Equal("Movement or group", codebook.In("fr").Fields[0].Label);
        Assert.Equal(codebook.Texts().Count() - 1, codebook.Untranslated("ar").Count);
        Assert.Equal(codebook.Texts().Count(), codebook.Untranslated("fr").Count);
        Assert.Equal("الحركة أو الجماعة", CodebookParser.Parse(CodebookParser.Serialize(codebook)).In("ar").Fields[0].Label);
    }

    [Theory]
    [BothProviders]
    public async Task A_caseworker_reading_arabic_codes_a_participant_on_arabic_labels(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var arabic = CodebookParser.Parse(TestWorld.ShippedCodebook().ToJsonString()).In("ar");
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        await caseworker.ChooseLanguageAsync("ar");

        var page = WebUtility.HtmlDecode(await caseworker.GetPageAsync($"/Participants/Profile/{participant.Id}"));

        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.Contains(arabic.Fields[0].Label, page, StringComparison.Ordinal);
        Assert.Contains(arabic.Fields[0].Options[0].Label, page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{arabic.Fields[0].Options[0].Code}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Movement or group", page, StringComparison.Ordinal);
    }
}
