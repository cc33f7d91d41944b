using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;
using Offramp.Core.Library.Hub;
using Offramp.Core.Library.Publishing;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evidence;

namespace Offramp.Web.Tests.Library;

/// <summary>
/// What the practice library refuses, thinking like the attackers in DESIGN.md: an altered or unregistered file, a
/// caller outside the program or outside the hub, a form full of mistakes, and participant data leaking into what leaves.
/// </summary>
public sealed class LibraryGuardsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_hub_refuses_an_altered_or_unregistered_file_and_outsiders_get_not_found(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Guarded");
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var proposed = await director.PostAsync($"/Library/Profile?programId={program}", new() { ["Input.Name"] = "Guarded program", ["Input.Kind"] = "Prison" });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var second = await LibraryScenario.SecondDirectorAsync(world, program);
        using var secondSession = second.Session;
        var file = await LibraryScenario.ReleaseAsync(world, second, proposed.Headers.Location!.OriginalString);

        var (hubAdmin, hubId) = await LibraryScenario.HubAsync(world);
        using var _ = hubAdmin;

        // Signed, but by a key the hub never registered.
        var unregistered = await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", file);
        Assert.Contains("is not registered at this hub", LibraryScenario.Errors(await unregistered.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await LibraryScenario.RegisterAsync(hubAdmin, "Main organisation", LibraryFile.Open(file).Envelope.PublicKey);

        // Altered after signing: one word of the payload changed, signature kept.
        var envelope = JsonNode.Parse(file)!.AsObject();
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(envelope["payload"]!.GetValue<string>())).Replace("Guarded program", "Trusted program", StringComparison.Ordinal);
        envelope["payload"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload));
        var altered = await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()));
        Assert.Contains("signature does not match", LibraryScenario.Errors(await altered.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<HubLibraryItem>().CountAsync(i => i.HubOrganisationId == hubId)));
        Assert.Equal(2, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "hub-library-refused" && e.OrganisationId == hubId)));

        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", file)).StatusCode);
        var itemId = LibraryFile.Open(file).Document.ItemId;

        // Outside the hub the library does not exist; outside the program its pages do not either.
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/Hub/Library")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/Hub/Library/Profile/{itemId}")).Status);
        var (otherHub, _) = await LibraryScenario.HubAsync(world);
        using var __ = otherHub;
        Assert.Equal(HttpStatusCode.NotFound, (await otherHub.GetAsync($"/Hub/Library/Profile/{itemId}")).Status);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/Library/Profile?programId={program}")).Status);
        var releaseId = await world.DbAsync(db => db.Set<LibraryRelease>().Where(r => r.ProgramId == program).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/Library/Review/{releaseId}?programId={program}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetResponseAsync($"/Library/Review/{releaseId}?programId={program}&handler=Signed")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task A_profile_form_full_of_mistakes_answers_every_field_at_once_and_saves_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Mistakes");
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var answer = await director.PostAsync($"/Library/Profile?programId={program}", new()
        {
            ["Input.Name"] = "",
            ["Input.Kind"] = "Spaceship",
            ["Input.Summary"] = new string('x', 4001),
            ["Input.Country"] = "Den\u202Emark",
            ["Input.CostPerParticipant.Amount"] = "5000",
            ["Input.CostPerParticipant.Currency"] = "euro",
        });
        var html = await PageSession.HtmlAsync(answer);
        Assert.Contains("Give the program's name.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the kind of program", html, StringComparison.Ordinal);
        Assert.Contains("The summary is limited to 4,000 characters.", html, StringComparison.Ordinal);
        Assert.Contains("three-letter code", html, StringComparison.Ordinal);
        Assert.Contains("Give the year the cost was measured in.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"profile-form\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<LibraryRelease>().CountAsync(r => r.ProgramId == program)));

        var lesson = await director.PostAsync($"/Library/Lesson?programId={program}", new() { ["Input.Title"] = "Only a title", ["Input.Tags[0]"] = "not-a-tag" });
        var lessonHtml = await PageSession.HtmlAsync(lesson);
        Assert.Contains("Describe the context", lessonHtml, StringComparison.Ordinal);
        Assert.Contains("Describe the result", lessonHtml, StringComparison.Ordinal);
        Assert.Contains("Unknown tag 'not-a-tag'.", lessonHtml, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<LibraryRelease>().CountAsync(r => r.ProgramId == program)));
    }

    [Theory]
    [BothProviders]
    public async Task No_participant_data_reaches_any_library_table_or_page(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, evidenceDirector) = await EvidenceScenario.ProgramWithCasesAsync(world, "Scanned");
        var marked = await world.RegisterParticipantAsync(customise: c =>
        {
            c.Identity.GivenName = "Zerubabel";
            c.Identity.FamilyName = "Quistgaard";
        });
        await EvidenceScenario.ProposeAndReleaseAsync(world, program, evidenceDirector, "all");
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var proposed = await director.PostAsync($"/Library/Profile?programId={program}", new() { ["Input.Name"] = "Scanned program", ["Input.Kind"] = "Prison", ["Input.Summary"] = "Mentoring." });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var second = await LibraryScenario.SecondDirectorAsync(world, program);
        using var secondSession = second.Session;
        var file = await LibraryScenario.ReleaseAsync(world, second, proposed.Headers.Location!.OriginalString);
        var (hubAdmin, hubId) = await LibraryScenario.HubAsync(world);
        using var _ = hubAdmin;
        await LibraryScenario.RegisterAsync(hubAdmin, "Main organisation", LibraryFile.Open(file).Envelope.PublicKey);
        var bundle = await world.DbAsync(db => db.Set<Core.Evidence.Publishing.EvidenceRelease>().Where(r => r.ProgramId == program).Select(r => r.SignedFile!).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Publishers", "Bundle", System.Text.Encoding.UTF8.GetBytes(bundle))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hubAdmin.PostAsync("/Hub/Library", [], handler: "TakeIn")).StatusCode);

        // What could name a person: the marked participant's names, and every participant's code and id in the organisation.
        var participants = await world.DbAsync(db => db.Participants.Select(p => new { p.Id, p.Code }).ToListAsync());
        Assert.NotEmpty(participants);
        var needles = participants.SelectMany(p => new[] { p.Code, p.Id.ToString() }).Concat(["Zerubabel", "Quistgaard", marked.Code]).ToList();

        var stored = await world.DbAsync(async db =>
            (await db.Set<LibraryRelease>().Select(r => r.Document + r.SignedFile + r.Title).ToListAsync())
            .Concat(await db.Set<HubLibraryItem>().Select(i => i.Document + i.SignedFile + i.Title + i.ProgramName + i.Tags).ToListAsync()).ToList());
        Assert.True(stored.Count >= 8, $"expected the released profile, its hub copy and the shipped profiles, found {stored.Count} rows");
        var itemIds = await world.DbAsync(db => db.Set<HubLibraryItem>().Where(i => i.HubOrganisationId == hubId && i.Kind == "profile").Select(i => i.Id).ToListAsync());
        var pages = new List<string> { await hubAdmin.GetPageAsync("/Hub/Library"), await hubAdmin.GetPageAsync($"/Hub/Library/Compare?A={itemIds[0]}&B={itemIds[1]}") };
        foreach (var id in itemIds)
        {
            pages.Add(await hubAdmin.GetPageAsync($"/Hub/Library/Profile/{id}"));
        }

        pages.Add(await director.GetPageAsync($"/Library?ProgramId={program}"));
        pages.Add(await director.GetPageAsync(proposed.Headers.Location!.OriginalString));
        foreach (var text in stored.Concat(pages))
        {
            foreach (var needle in needles)
            {
                Assert.DoesNotContain(needle, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        // The signed payloads are base64 inside the files: decode and scan them too.
        foreach (var payload in new[] { file, System.Text.Encoding.UTF8.GetBytes(bundle) }.Select(f => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(JsonNode.Parse(f)!["payload"]!.GetValue<string>()))))
        {
            Assert.All(needles, needle => Assert.DoesNotContain(needle, payload, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_shipped_profiles_are_taken_in_once_each_citing_its_sources_with_empty_fields_marked_not_stated_in_the_source(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (hubAdmin, hubId) = await LibraryScenario.HubAsync(world);
        using var _ = hubAdmin;
        Assert.Contains("data-testid=\"no-profiles\"", await hubAdmin.GetPageAsync("/Hub/Library"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await hubAdmin.PostAsync("/Hub/Library", [], handler: "TakeIn")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hubAdmin.PostAsync("/Hub/Library", [], handler: "TakeIn")).StatusCode);

        var profiles = await world.DbAsync(db => db.Set<HubLibraryItem>().Where(i => i.HubOrganisationId == hubId && i.Kind == "profile").ToListAsync());
        Assert.Equal(PracticeSeeds.All.Count, profiles.Count);
        Assert.Equal(
            ["Back on Track", "Community off-ramps in high-risk environments (Somalia, Northern Nigeria, Kenya)", "Deradicalization program in Sri Lanka (LTTE)", "Detainee Rehabilitation Program (Iraq)", "Entré", "Healthy Identity Intervention (HII)"],
            profiles.Select(p => p.Title).Order(StringComparer.Ordinal));
        foreach (var profile in profiles)
        {
            var document = CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(profile.Document));
            Assert.NotEmpty(document.Profile!.Sources);
            Assert.Null(profile.PublisherId);
            var page = System.Net.WebUtility.HtmlDecode(await hubAdmin.GetPageAsync($"/Hub/Library/Profile/{profile.Id}"));
            Assert.Contains("data-testid=\"profile-sources-list\"", page, StringComparison.Ordinal);
            Assert.All(document.Profile.Sources, s => Assert.Contains(s.Title, page, StringComparison.Ordinal));
            Assert.Contains("Not stated in the source", page, StringComparison.Ordinal);
            Assert.Contains("From published sources", page, StringComparison.Ordinal);
        }

        // The community off-ramps come from the meeting summary, and its lessons are found by their tags.
        var retribution = await hubAdmin.GetPageAsync("/Hub/Library?Query.Tag=retribution");
        Assert.Contains("Community off-ramps in high-risk environments", System.Net.WebUtility.HtmlDecode(retribution), StringComparison.Ordinal);
    }
}
