using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A template defined through the API speaks the languages its body gives: texts as maps of language to text, as in the
/// shipped files, shown to each reader in their language and to everyone else in English; a malformed map is refused by
/// field with nothing stored; the admin's catalogue says which texts still lack a language.
/// </summary>
public sealed class TemplateLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Url = "/api/v1/catalogue/templates";

    [Theory]
    [BothProviders]
    public async Task A_template_defined_with_french_and_arabic_maps_shows_each_reader_their_language(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var key = Key("tri");
        var body = Template(key,
            Map("Family mediation", "Médiation familiale", "الوساطة الأسرية"),
            Map("Meetings with the family and a mediator.", "Rencontres avec la famille et un médiateur.", "لقاءات مع الأسرة ووسيط."));
        body["targetGroup"] = Map("Young adults on probation.", "Jeunes adultes en probation.", "شباب بالغون تحت المراقبة القضائية.");

        var id = await (await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, body).ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

        var stored = await world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).SingleAsync(t => t.Id == id));
        Assert.Equal("Family mediation", stored.Modules.Single().Name);
        Assert.Equal("Young adults on probation.", stored.TargetGroup);
        var translations = JsonSerializer.Deserialize<TextTranslations>(stored.Translations!)!;
        Assert.Equal("الوساطة الأسرية", translations["$.modules[0].name"]["ar"]);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var english = await CatalogueInAsync(caseworker, "en");
        var french = await CatalogueInAsync(caseworker, "fr");
        var arabic = await CatalogueInAsync(caseworker, "ar");

        Assert.Contains("Family mediation: Meetings with the family and a mediator.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Médiation familiale", english, StringComparison.Ordinal);
        Assert.Contains("Médiation familiale: Rencontres avec la famille et un médiateur.", french, StringComparison.Ordinal);
        Assert.Contains("Jeunes adultes en probation.", french, StringComparison.Ordinal);
        Assert.Contains("الوساطة الأسرية: لقاءات مع الأسرة ووسيط.", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("Family mediation", arabic, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_template_in_plain_strings_is_defined_and_shows_in_english_to_every_reader(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var key = Key("plain");
        var body = Template(key, "Vocational training", "Workshops twice a week.");
        body["description"] = "A plain English template.";

        var id = await (await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, body).ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

        var stored = await world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).SingleAsync(t => t.Id == id));
        Assert.Equal(("Vocational training", "Workshops twice a week."), (stored.Modules.Single().Name, stored.Modules.Single().Description));
        Assert.Null(stored.Translations);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.Contains("Vocational training: Workshops twice a week.", await CatalogueInAsync(caseworker, "fr"), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_malformed_text_map_is_refused_naming_each_field_and_nothing_is_stored(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var key = Key("bad");
        var body = Template(key, new JsonObject { ["en"] = "Sport", ["fr"] = 5 }, "Football on Fridays.");
        body["description"] = new JsonObject { ["en"] = "A program.", ["de"] = "Ein Programm." };
        body["sourceGaps"] = new JsonObject { ["fr"] = "Sans anglais." };
        body["modules"]!.AsArray().Add(new JsonObject { ["name"] = 12, ["kind"] = "Module" });
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, body);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor("Modules[0].Name"));
        Assert.NotEmpty(problem.ErrorsFor("Modules[1].Name"));
        Assert.NotEmpty(problem.ErrorsFor("Description"));
        Assert.NotEmpty(problem.ErrorsFor("SourceGaps"));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        Assert.False(await world.DbAsync(db => db.Set<ProgramTemplate>().AnyAsync(t => t.Key == key)));
    }

    [Theory]
    [BothProviders]
    public async Task A_schema_violation_and_a_catalogue_rule_are_refused_in_one_answer(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var body = Template(Key("both"), Map("Sport", new string('s', 201), "رياضة"), "Football.");
        body["followUpMonths"] = new JsonArray(6, 6);

        var response = await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, body);

        // The French name is too long for the schema; the catalogue's own rule on follow-ups is worded by the catalogue.
        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("fr: ", Assert.Single(problem.ErrorsFor("Modules[0].Name")), StringComparison.Ordinal);
        Assert.Contains("Follow-ups are at most 20 distinct horizons", Assert.Single(problem.ErrorsFor("FollowUpMonths")), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_admin_catalogue_flags_a_template_missing_arabic_and_no_one_else_sees_the_flag(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var body = Template(Key("noar"), new JsonObject { ["en"] = "Theology dialogue", ["fr"] = "Dialogue théologique" }, "With a trusted scholar.");
        var id = await (await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Url, body).ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var page = await CatalogueInAsync(admin, "en");

        var flags = Section(page, $"translations-{id}");
        Assert.Contains("data-testid=\"untranslated-ar\"", flags, StringComparison.Ordinal);
        Assert.Contains("2 of 2 texts have no Arabic version", flags, StringComparison.Ordinal);
        Assert.Contains("1 of 2 texts have no French version", flags, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"en\" dir=\"ltr\">Theology dialogue</li>", flags, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/catalogue/templates", flags, StringComparison.Ordinal);
        Assert.DoesNotContain($"translations-{id}", await CatalogueInAsync(caseworker, "en"), StringComparison.Ordinal);
    }

    private static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private static JsonObject Map(string english, string french, string arabic) => new() { ["en"] = english, ["fr"] = french, ["ar"] = arabic };

    private static JsonObject Template(string key, JsonNode moduleName, JsonNode moduleDescription) => new()
    {
        ["key"] = key,
        ["name"] = "Languages test " + key,
        ["planReviewIntervalMonths"] = 3,
        ["followUpMonths"] = new JsonArray(6, 12),
        ["modules"] = new JsonArray(new JsonObject { ["name"] = moduleName, ["kind"] = "Module", ["description"] = moduleDescription, ["expectedSessions"] = 10 }),
    };

    /// <summary>The catalogue as a reader of <paramref name="language"/> sees it, HTML decoded.</summary>
    private static async Task<string> CatalogueInAsync(PageSession session, string language)
    {
        await session.ChooseLanguageAsync(language);
        return WebUtility.HtmlDecode(await session.GetPageAsync("/Catalogue"));
    }

    /// <summary>The section labelled by the heading with id <paramref name="headingId"/>; fails when the page has none.</summary>
    private static string Section(string page, string headingId)
    {
        var start = page.IndexOf($"aria-labelledby=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no section labelled {headingId}.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
