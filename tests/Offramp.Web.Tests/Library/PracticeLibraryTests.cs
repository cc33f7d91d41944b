using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Hub;
using Offramp.Core.Library.Publishing;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evidence;

namespace Offramp.Web.Tests.Library;

/// <summary>
/// The practice library end to end through the pages: a director writes a profile and the evaluator a lesson, a second
/// director releases both with step-up, the hub receives them beside the program's evidence bundles, finds the program
/// by lesson tag and by evidence strength, and lays it out on EMMIE with the pooled estimate of comparable programs.
/// </summary>
public sealed class PracticeLibraryTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_profile_and_a_lesson_are_released_by_a_second_director_and_found_at_the_hub_with_their_evidence(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, evidenceDirector) = await EvidenceScenario.ProgramWithCasesAsync(world, "Library");
        var (peer, peerDirector) = await EvidenceScenario.ProgramWithCasesAsync(world, "Library peer");
        await EvidenceScenario.ProposeAndReleaseAsync(world, program, evidenceDirector, "all");
        await EvidenceScenario.ProposeAndReleaseAsync(world, peer, peerDirector, "all");

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var form = await director.GetPageAsync($"/Library/Profile?programId={program}");
        Assert.Contains("data-testid=\"profile-form\"", form, StringComparison.Ordinal);
        var proposed = await director.PostAsync($"/Library/Profile?programId={program}", new()
        {
            ["Input.Name"] = "Library mentoring",
            ["Input.Kind"] = "Prison",
            ["Input.Setting"] = "CustodyAndCommunity",
            ["Input.Aims[0]"] = "Disengagement",
            ["Input.Summary"] = "Mentoring from prison into the community.",
            ["Input.Components[0].Name"] = "Mentoring",
            ["Input.Components[1].Name"] = "",
            ["Input.Mechanism.Needs"] = "Belonging met through a mentor instead of the group.",
            ["Input.CostPerParticipant.Amount"] = "5000",
            ["Input.CostPerParticipant.Currency"] = "EUR",
            ["Input.CostPerParticipant.Year"] = "2025",
        });
        Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, LibraryScenario.Errors(await proposed.Content.ReadAsStringAsync()));
        var profileReview = proposed.Headers.Location!.OriginalString;

        // The writer cannot release their own profile: no form, and a forced post is refused.
        var asWriter = await director.GetPageAsync(profileReview);
        Assert.Contains("data-testid=\"awaiting-second-person\"", asWriter, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"release-library\"", asWriter, StringComparison.Ordinal);
        var selfRelease = await director.PostAsync(profileReview, new() { ["Version"] = "1", ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Director) }, handler: "Release");
        Assert.Contains("second person", await PageSession.HtmlAsync(selfRelease), StringComparison.Ordinal);
        Assert.Equal(LibraryReleaseStatus.Proposed, await world.DbAsync(db => db.Set<LibraryRelease>().Where(r => r.ProgramId == program).Select(r => r.Status).SingleAsync()));

        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var lessonProposed = await evaluator.PostAsync($"/Library/Lesson?programId={program}", new()
        {
            ["Input.Title"] = "Meet at the gate",
            ["Input.Context"] = "Mentoring continuing after release.",
            ["Input.Challenge"] = "Contact was lost in the first weeks after release.",
            ["Input.Tried"] = "The first three meetings after release are agreed before release.",
            ["Input.Result"] = "Fewer mentees lost contact.",
            ["Input.Tags[0]"] = "aftercare",
            ["Input.Tags[1]"] = "mentors",
        });
        Assert.True(lessonProposed.StatusCode == HttpStatusCode.Redirect, LibraryScenario.Errors(await lessonProposed.Content.ReadAsStringAsync()));

        var second = await LibraryScenario.SecondDirectorAsync(world, program);
        using var secondSession = second.Session;
        var profileFile = await LibraryScenario.ReleaseAsync(world, second, profileReview);
        var lessonFile = await LibraryScenario.ReleaseAsync(world, second, lessonProposed.Headers.Location!.OriginalString);
        var (envelope, document) = LibraryFile.Open(profileFile);
        Assert.Equal("Library mentoring", document.Profile!.Name);
        Assert.Equal(program, document.ProgramId);

        // The hub registers the organisation's key (the one its bundles carry), receives both bundles and both library files.
        var (hubAdmin, hubId) = await LibraryScenario.HubAsync(world);
        using var _ = hubAdmin;
        await LibraryScenario.RegisterAsync(hubAdmin, "Main organisation", envelope.PublicKey);
        foreach (var bundle in await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.ProgramId == program || r.ProgramId == peer).Select(r => r.SignedFile!).ToListAsync()))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Publishers", "Bundle", System.Text.Encoding.UTF8.GetBytes(bundle))).StatusCode);
        }

        foreach (var file in new[] { profileFile, lessonFile })
        {
            var uploaded = await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", file);
            Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, LibraryScenario.Errors(await uploaded.Content.ReadAsStringAsync()));
        }

        // Found by its lesson's tag and by its evidence strength; not found under a tag it has no lesson for.
        var byTag = await hubAdmin.GetPageAsync("/Hub/Library?Query.Tag=aftercare");
        Assert.Contains("Library mentoring", byTag, StringComparison.Ordinal);
        Assert.DoesNotContain("Library mentoring", await hubAdmin.GetPageAsync("/Hub/Library?Query.Tag=juveniles"), StringComparison.Ordinal);
        var strength = await world.DbAsync(async db => EvidenceStrength.Of(CanonicalJson.Read<Core.Evidence.Bundles.EvidenceBundle>(
            System.Text.Encoding.UTF8.GetBytes((await db.Set<EvidenceRelease>().SingleAsync(r => r.ProgramId == program)).Document))).Level);
        Assert.NotEqual(EvidenceStrengthLevel.None, strength);
        Assert.Contains("Library mentoring", await hubAdmin.GetPageAsync($"/Hub/Library?Query.Strength={strength}"), StringComparison.Ordinal);
        if (strength < EvidenceStrengthLevel.Comparison)
        {
            Assert.DoesNotContain("Library mentoring", await hubAdmin.GetPageAsync($"/Hub/Library?Query.Strength={strength + 1}"), StringComparison.Ordinal);
        }

        // EMMIE: the Effect panel shows the program's released bundle and the pooled estimate of the two prison programs.
        var itemId = await world.DbAsync(db => db.Set<HubLibraryItem>().Where(i => i.HubOrganisationId == hubId && i.ProgramId == program && i.Kind == "profile").Select(i => i.Id).SingleAsync());
        var page = System.Net.WebUtility.HtmlDecode(await hubAdmin.GetPageAsync($"/Hub/Library/Profile/{itemId}"));
        Assert.Contains("data-testid=\"effect-metrics\"", page, StringComparison.Ordinal);
        var pooled = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"pooled\">([^<]+)<").Groups[1].Value;
        Assert.Contains("2 programs", pooled, StringComparison.Ordinal);
        Assert.Contains("Meet at the gate", page, StringComparison.Ordinal);
        Assert.Contains("Belonging met through a mentor instead of the group.", page, StringComparison.Ordinal);
        Assert.Contains("5,000 EUR", page, StringComparison.Ordinal);
        Assert.Contains("Cost per completion", page, StringComparison.Ordinal);
        Assert.Contains("Not stated", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stated in the source", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_newer_profile_version_supersedes_the_older_and_following_flags_what_a_program_publishes_next(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, evidenceDirector) = await EvidenceScenario.ProgramWithCasesAsync(world, "Followed");
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var second = await LibraryScenario.SecondDirectorAsync(world, program);
        using var secondSession = second.Session;
        async Task<byte[]> PublishVersionAsync(string summary)
        {
            var proposed = await director.PostAsync($"/Library/Profile?programId={program}", new() { ["Input.Name"] = "Followed program", ["Input.Kind"] = "Prison", ["Input.Summary"] = summary });
            Assert.True(proposed.StatusCode == HttpStatusCode.Redirect, LibraryScenario.Errors(await proposed.Content.ReadAsStringAsync()));
            return await LibraryScenario.ReleaseAsync(world, second, proposed.Headers.Location!.OriginalString);
        }

        var first = await PublishVersionAsync("First description.");
        var (hubAdmin, hubId) = await LibraryScenario.HubAsync(world);
        using var _ = hubAdmin;
        await LibraryScenario.RegisterAsync(hubAdmin, "Main organisation", LibraryFile.Open(first).Envelope.PublicKey);
        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", first)).StatusCode);
        var firstId = LibraryFile.Open(first).Document.ItemId;
        var followed = await hubAdmin.PostAsync($"/Hub/Library/Profile/{firstId}", new() { ["follow"] = "true" }, handler: "Follow");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.DoesNotContain("data-testid=\"news\"", await hubAdmin.GetPageAsync("/Hub/Library"), StringComparison.Ordinal);

        // The program publishes a second version and an evidence bundle: the follower sees it flagged until they open it.
        var next = await PublishVersionAsync("Second description.");
        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", next)).StatusCode);
        await EvidenceScenario.ProposeAndReleaseAsync(world, program, evidenceDirector, "all");
        var bundle = await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.ProgramId == program).Select(r => r.SignedFile!).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Publishers", "Bundle", System.Text.Encoding.UTF8.GetBytes(bundle))).StatusCode);
        var library = await hubAdmin.GetPageAsync("/Hub/Library");
        Assert.Contains("data-testid=\"followed\"", library, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"news\"", library, StringComparison.Ordinal);

        var current = await world.DbAsync(db => db.Set<HubLibraryItem>().Where(i => i.HubOrganisationId == hubId && i.ProgramId == program && !i.Superseded).SingleAsync());
        Assert.Equal(2, current.ProfileVersion);
        var profile = await hubAdmin.GetPageAsync($"/Hub/Library/Profile/{current.Id}");
        Assert.Contains("Second description.", profile, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"versions\"", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"news\"", await hubAdmin.GetPageAsync("/Hub/Library"), StringComparison.Ordinal);

        // The older version cannot come back: the hub refuses a file it already holds.
        Assert.Contains("already been received", LibraryScenario.Errors(await (await LibraryScenario.UploadAsync(hubAdmin, "/Hub/Library", "LibraryFile", first)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
