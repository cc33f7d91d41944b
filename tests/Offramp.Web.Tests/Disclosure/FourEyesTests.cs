using System.Net;

using Offramp.Core.Access;
using Offramp.Core.Disclosure;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Disclosure;

/// <summary>When the organisation requires four eyes, nothing is released until a second director, with step-up, approves.</summary>
public sealed class FourEyesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_disclosure_waits_for_a_second_director_who_is_not_the_first(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await RequireFourEyesAsync(world);
        var participant = (await world.RegisterParticipantAsync()).Id;
        await world.WalkToAsync(participant, Stage.Intervention);
        var second = await world.CreateUserAsync("Second director");
        await world.GrantRoleAsync(second, Role.ProgramDirector, world.ProgramId);
        using var secondClient = world.App.CreateApiClient((await world.CreateTokenAsync(second, allowWrite: true)).Secret);

        var decision = await (await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();
        Assert.False(decision.Released);
        Assert.True(decision.AwaitingApproval);
        Assert.False(Assert.Single(await ListAsync(world.Client(Persona.Director), participant)).Released);

        var approval = $"/api/v1/participants/{participant}/disclosures/{decision.EntryId}/approval";
        var note = new DisclosureFollowUpCommand { Note = "Threshold met." };
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, approval, note)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secondClient.SendJsonAsync(HttpMethod.Post, approval, note)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, approval, note)).StatusCode);

        await world.RecordStepUpAsync(second);
        await secondClient.SendJsonAsync(HttpMethod.Post, approval, note).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await secondClient.SendJsonAsync(HttpMethod.Post, approval, note)).StatusCode);

        var register = await ListAsync(world.Client(Persona.Director), participant);
        Assert.True(register.Single(e => e.Kind == DisclosureEntryKind.Disclosure).Released);
        Assert.Equal(decision.EntryId, register.Single(e => e.Kind == DisclosureEntryKind.Approval).RefersToEntryId);
    }

    private static async Task RequireFourEyesAsync(TestWorld world)
    {
        var admin = world.Client(Persona.OrganisationAdmin);
        var current = await admin.GetAsync("/api/v1/disclosure-policy").ExpectAsync(HttpStatusCode.OK);
        var policy = new DisclosurePolicyCommand { Thresholds = [.. DisclosurePolicy.DefaultThresholds], Agencies = [.. DisclosurePolicy.DefaultAgencies], RequiresFourEyes = true };
        await admin.SendJsonAsync(HttpMethod.Put, "/api/v1/disclosure-policy", policy, current.ETagVersion()).ExpectAsync(HttpStatusCode.NoContent);
    }

    private static async Task<List<DisclosureView>> ListAsync(HttpClient client, Guid participant) =>
        await (await client.GetAsync($"/api/v1/participants/{participant}/disclosures").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<DisclosureView>>();
}
