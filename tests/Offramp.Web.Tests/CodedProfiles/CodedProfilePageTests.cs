using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.CodedProfiles;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.CodedProfiles;

/// <summary>The coded profile as a caseworker fills it in: every field of the codebook, field messages all at once, the same scope as the case.</summary>
public sealed class CodedProfilePageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_caseworker_codes_a_participant_in_the_page_and_sees_every_problem_at_once(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var path = $"/Participants/Profile/{participant.Id}";
        using var browser = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var page = await browser.GetPageAsync(path);
        Assert.Contains("Known at entry", page, StringComparison.Ordinal);
        Assert.Contains("Exit status at entry to the program", page, StringComparison.Ordinal);
        var fields = CodebookParser.Parse(TestWorld.ShippedCodebook().ToJsonString()).Fields;

        Dictionary<string, string> Form(params (string Field, string Code)[] codes)
        {
            var form = new Dictionary<string, string>();
            for (var i = 0; i < fields.Count; i++)
            {
                form[$"Input.Answers[{i}].Field"] = fields[i].Key;
                form[$"Input.Answers[{i}].ExpectedVersion"] = "0";
            }

            foreach (var (field, code) in codes)
            {
                form[$"Input.Answers[{fields.ToList().FindIndex(f => f.Key == field)}].Codes"] = code;
            }

            return form;
        }

        var refused = await browser.PostAsync(path, Form(("movement", "jihadist"), ("role", "astronaut"), ("spontaneous-exit", "perhaps")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await PageSession.HtmlAsync(refused);
        Assert.Contains("\"astronaut\" is not an option of Role in the group", html, StringComparison.Ordinal);
        Assert.Contains("\"perhaps\" is not an option of Exit began without a program", html, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<CodedAnswer>().AnyAsync(a => a.ParticipantId == participant.Id)));

        var form = Form(("movement", "jihadist"), ("exit-status-at-entry", "doubting"));
        form[$"Input.Answers[{fields.ToList().FindIndex(f => f.Key == "exit-status-at-entry")}].Note"] = "Says the brutality changed his mind";
        var saved = await browser.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            ["exit-status-at-entry:doubting", "movement:jihadist"],
            (await world.DbAsync(db => db.Set<CodedAnswer>().Where(a => a.ParticipantId == participant.Id).Select(a => a.FieldKey + ":" + a.Codes).ToListAsync())).Order(StringComparer.Ordinal));
        Assert.Contains("Says the brutality changed his mind", await browser.GetPageAsync(path), StringComparison.Ordinal);

        using var other = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task The_codebook_page_shows_the_fields_in_use_and_only_the_admin_may_import(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        var page = await admin.GetPageAsync("/Codebooks");
        Assert.Contains("In use", page, StringComparison.Ordinal);
        Assert.Contains("Push factors towards leaving", page, StringComparison.Ordinal);
        Assert.Contains("Import as draft", page, StringComparison.Ordinal);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var read = await caseworker.GetPageAsync("/Codebooks");
        Assert.Contains("Push factors towards leaving", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Import as draft", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.PostAsync("/Codebooks", [], handler: "Shipped")).StatusCode);
    }
}
