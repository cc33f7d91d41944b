using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Programs;

/// <summary>The catalogue pages: the admin defines templates and sets any program's cycles; a director sets only their own program's.</summary>
public sealed class CataloguePageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_admin_defines_a_template_from_the_rows_filled_in_and_it_is_listed_with_its_dose(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var key = $"community-{Guid.NewGuid():N}"[..20];
        var form = new Dictionary<string, string>
        {
            ["Input.Key"] = key,
            ["Input.Name"] = "Community mentoring",
            ["Input.PlanReviewIntervalMonths"] = "4",
            ["Input.AgreementReviewIntervalMonths"] = "2",
            ["FollowUpMonths"] = "6, 12, 24",
            ["Input.Modules[0].Name"] = "Weekly mentoring",
            ["Input.Modules[0].Kind"] = nameof(ModuleKind.Stream),
            ["Input.Modules[0].ExpectedSessions"] = "40",
            ["Input.Modules[0].ExpectedMinutes"] = "2400",
            ["Input.Modules[3].Name"] = "Family meetings",
            ["Input.Modules[3].Kind"] = nameof(ModuleKind.Activity),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Catalogue/Define", AsBrowserPosts(form))).StatusCode);

        var template = await world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).SingleAsync(t => t.Key == key));
        Assert.Equal([6, 12, 24], template.FollowUpMonths);
        Assert.Equal((4, 2), (template.PlanReviewIntervalMonths, template.AgreementReviewIntervalMonths!.Value));
        Assert.Equal([("Weekly mentoring", ModuleKind.Stream, 40), ("Family meetings", ModuleKind.Activity, 0)],
            template.Modules.OrderBy(m => m.Order).Select(m => (m.Name, m.Kind, m.ExpectedSessions ?? 0)));
        var (_, catalogue) = await admin.GetAsync("/Catalogue");
        Assert.Contains("Community mentoring", catalogue, StringComparison.Ordinal);
        Assert.Contains("2400", catalogue, StringComparison.Ordinal);
        var (_, edit) = await admin.GetAsync($"/Catalogue/Define?key={key}");
        Assert.Contains("value=\"Family meetings\"", edit, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Modules[11].Name\"", edit, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Bad_rows_and_months_get_field_messages_and_nothing_is_written(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var badMonths = new Dictionary<string, string> { ["Input.Key"] = "bad-months", ["Input.Name"] = "Bad", ["FollowUpMonths"] = "3, six", ["Input.Modules[0].Name"] = "One" };
        var noName = new Dictionary<string, string> { ["Input.Key"] = "no-name", ["Input.Name"] = "No name", ["FollowUpMonths"] = "3", ["Input.Modules[2].ExpectedSessions"] = "5" };

        var months = await PageSession.HtmlAsync(await admin.PostAsync("/Catalogue/Define", AsBrowserPosts(badMonths)));
        var rows = await PageSession.HtmlAsync(await admin.PostAsync("/Catalogue/Define", AsBrowserPosts(noName)));

        Assert.Contains("Write the months as whole numbers separated by commas", months, StringComparison.Ordinal);
        Assert.Contains("Each module needs a name", rows, StringComparison.Ordinal);
        Assert.Matches(@"data-valmsg-for=""Input\.Modules\[2\]\.Name""[^>]*>Each module needs a name", rows);
        Assert.False(await world.DbAsync(db => db.Set<ProgramTemplate>().AnyAsync(t => t.Key == "bad-months" || t.Key == "no-name")));
    }

    [Theory]
    [BothProviders]
    public async Task The_admin_sets_any_programs_follow_up_horizons_and_a_director_only_their_own(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var path = $"/Catalogue/Settings/{world.SecondProgramId}";

        var saved = await admin.PostAsync(path, new() { ["Input.PlanReviewIntervalMonths"] = "6", ["Input.AgreementReviewIntervalMonths"] = "3", ["FollowUpMonths"] = "12, 6" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await world.DbAsync(db => db.Set<ProgramSettings>().AsNoTracking().SingleAsync(s => s.ProgramId == world.SecondProgramId));
        Assert.Equal(6, settings.PlanReviewIntervalMonths);
        Assert.Equal([6, 12], settings.FollowUpMonths);
        var refused = await PageSession.HtmlAsync(await admin.PostAsync(path, new() { ["Input.PlanReviewIntervalMonths"] = "30", ["FollowUpMonths"] = "6" }));
        Assert.Contains("Reviews are between 1 and 24 months apart.", refused, StringComparison.Ordinal);

        // The main program's director sets their own program's cycles, not the second program's, and defines no template.
        var director = await PageSession.SignInAsync(world, Persona.Director);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/Catalogue/Define")).Status);
        var (status, catalogue) = await director.GetAsync("/Catalogue");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("/Catalogue/Define", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Catalogue/Settings/{world.SecondProgramId}", catalogue, StringComparison.Ordinal);
        var own = await director.PostAsync($"/Catalogue/Settings/{world.ProgramId}", new() { ["Input.PlanReviewIntervalMonths"] = "3", ["FollowUpMonths"] = "3, 6, 12, 24, 36, 60" });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.True(await world.DbAsync(db => db.Set<ProgramSettings>().AnyAsync(s => s.ProgramId == world.ProgramId)));
    }

    /// <summary>A browser posts every module row of the form, the empty ones too, each with the kind its select shows.</summary>
    [Theory]
    [BothProviders]
    public async Task Saving_an_assessment_driven_template_from_the_page_keeps_its_rules(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates/shipped").ExpectAsync(HttpStatusCode.OK);
        var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var rules = await RulesAsync(world);
        Assert.Equal(7, rules.Count(r => r is not null));

        var edit = await admin.GetPageAsync("/Catalogue/Define?key=healthy-identity-intervention");
        Assert.Contains("Indicated by the agreed assessment on Open Pathways Review: NE1 ≥ partly; NA1 ≥ partly", WebUtility.HtmlDecode(edit), StringComparison.Ordinal);
        var fields = FieldsOf(edit);
        fields["Input.Modules[1].Description"] = "Edited in the page.";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Catalogue/Define?key=healthy-identity-intervention", AsBrowserPosts(fields))).StatusCode);

        Assert.Equal(rules, await RulesAsync(world));
        Assert.Equal("Edited in the page.", await world.DbAsync(db => db.Set<TemplateModule>().AsNoTracking()
            .Where(m => m.Name == "Foundation" && db.Set<ProgramTemplate>().Any(t => t.Id == m.TemplateId && t.OrganisationId == world.OrganisationId)).Select(m => m.Description).SingleAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task Editing_a_template_on_the_page_keeps_the_translations_of_the_texts_it_leaves_unchanged(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var key = $"mentor-{Guid.NewGuid():N}"[..20];
        var body = System.Text.Json.Nodes.JsonNode.Parse($$$"""
            {"key":"{{{key}}}","name":"Mentoring","kind":"Community","targetGroup":{"en":"Returnees.","fr":"Personnes de retour.","ar":"العائدون."},
             "modules":[{"name":{"en":"Intake","fr":"Accueil","ar":"الاستقبال"}},{"name":{"en":"Mentoring","fr":"Mentorat","ar":"الإرشاد"}}]}
            """)!;
        await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates", body).ExpectAsync(HttpStatusCode.Created);
        var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var fields = FieldsOf(await admin.GetPageAsync($"/Catalogue/Define?key={key}"));

        // The first module is renamed, the second moves up a row and keeps its English.
        fields["Input.Modules[0].Name"] = "Mentoring";
        fields["Input.Modules[1].Name"] = "First meeting";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/Catalogue/Define?key={key}", AsBrowserPosts(fields))).StatusCode);

        var template = await world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking().SingleAsync(t => t.OrganisationId == world.OrganisationId && t.Key == key));
        var translations = System.Text.Json.JsonSerializer.Deserialize<Core.Common.TextTranslations>(template.Translations!)!;
        Assert.Equal(("Mentorat", "الإرشاد"), (translations["$.modules[0].name"]["fr"], translations["$.modules[0].name"]["ar"]));
        Assert.False(translations.ContainsKey("$.modules[1].name"));
        Assert.Equal("Personnes de retour.", translations["$.targetGroup"]["fr"]);
        Assert.Equal(("Returnees.", Core.Organisations.ProgramKind.Community), (template.TargetGroup, template.Kind!.Value));
    }

    private static Task<List<string?>> RulesAsync(TestWorld world) => world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules)
        .Where(t => t.OrganisationId == world.OrganisationId && t.Key == "healthy-identity-intervention")
        .Select(t => t.Modules.OrderBy(m => m.Order).Select(m => m.IndicatedBy).ToList()).SingleAsync());

    /// <summary>The form's inputs as the page fills them in: what a browser posts back unchanged.</summary>
    private static Dictionary<string, string> FieldsOf(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "<input [^>]*>").Select(m => m.Value)
            .Select(i => (Name: Attribute(i, "name"), Value: Attribute(i, "value")))
            .Where(f => f.Name is not null && f.Name != "__RequestVerificationToken" && f.Name != "__Invariant")
            .DistinctBy(f => f.Name)
            .ToDictionary(f => f.Name!, f => f.Value ?? "");

    private static string? Attribute(string input, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(input, $" {name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static Dictionary<string, string> AsBrowserPosts(Dictionary<string, string> fields)
    {
        for (var i = 0; i < 12; i++)
        {
            fields.TryAdd($"Input.Modules[{i}].Name", "");
            fields.TryAdd($"Input.Modules[{i}].Kind", nameof(ModuleKind.Module));
            fields.TryAdd($"Input.Modules[{i}].ExpectedSessions", "");
            fields.TryAdd($"Input.Modules[{i}].ExpectedMinutes", "");
            fields.TryAdd($"Input.Modules[{i}].Description", "");
        }

        return fields;
    }
}
