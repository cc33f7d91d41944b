using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Audit;

/// <summary>Every read of a record and every write leaves an event, with who, what, which record and from where; refused writes leave none.</summary>
public sealed class AuditTrailTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Reading_a_participant_leaves_one_read_event(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await LastSequenceAsync(world);

        await world.GetRecordAsync(participant.Id, Persona.CaseworkerA);

        var events = await EventsAfterAsync(world, before);
        var read = Assert.Single(events);
        Assert.Equal(AuditActions.Read, read.Action);
        Assert.Equal("participant", read.EntityType);
        Assert.Equal(participant.Id, read.EntityId);
        Assert.Equal(participant.Id, read.ParticipantId);
        Assert.Equal(world.UserId(Persona.CaseworkerA), read.UserId);
        Assert.Equal(world.OrganisationId, read.OrganisationId);
        Assert.False(string.IsNullOrEmpty(read.Origin));
    }

    [Theory]
    [BothProviders]
    public async Task Caseload_and_search_reads_are_audited(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await LastSequenceAsync(world);

        await world.Client(Persona.Mentor).GetAsync("/api/v1/participants").ExpectAsync(HttpStatusCode.OK);
        await world.Client(Persona.Mentor).GetAsync("/api/v1/participants/search?q=nobody").ExpectAsync(HttpStatusCode.OK);

        var events = await EventsAfterAsync(world, before);
        Assert.Equal([(AuditActions.Read, "caseload"), (AuditActions.Search, "participant")], events.Select(e => (e.Action, e.EntityType)));
        Assert.All(events, e => Assert.Equal(world.UserId(Persona.Mentor), e.UserId));
        Assert.Equal("0 results", events[1].Detail);
    }

    [Theory]
    [BothProviders]
    public async Task Each_write_leaves_its_event_with_the_change(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await LastSequenceAsync(world);

        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Consented);
        var session = await world.LogSessionAsync(participant.Id, Persona.CaseworkerA, Offramp.Core.Sessions.ConfidentialityClass.Restricted, "Sensitive words here.");

        var events = await EventsAfterAsync(world, before);
        Assert.Equal(
            [(AuditActions.Create, "participant", participant.Id), (AuditActions.Screening, "referral", participant.ReferralId), (AuditActions.Create, "consent", (Guid?)null), (AuditActions.Create, "session", session)],
            events.Select(e => (e.Action, e.EntityType, e.EntityType == "consent" ? null : e.EntityId)));
        Assert.All(events, e => Assert.Equal(participant.Id, e.ParticipantId));
        Assert.Equal("class Restricted", events[^1].Detail);
        Assert.DoesNotContain(events, e => e.Detail?.Contains("Sensitive", StringComparison.Ordinal) == true);
    }

    [Theory]
    [BothProviders]
    public async Task Refused_requests_leave_neither_rows_nor_events(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);
        var url = $"/api/v1/participants/{participant.Id}";

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"{url}/stage",
            new ChangeStageCommand { ToStage = Stage.FollowUp, EffectiveOn = TestWorld.Today, Reason = "Skip." }, await world.VersionOfAsync(participant.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"{url}/consents", TestWorld.NewConsent(), await world.VersionOfAsync(participant.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.CaseworkerB).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.ReadOnlyClient(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"{url}/sessions", TestWorld.NewSession())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.AnonymousClient().GetAsync(url)).StatusCode);

        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task The_auditor_reads_the_trail_by_participant_code_and_nobody_else_does(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.GetRecordAsync(participant.Id, Persona.CaseworkerA);

        var response = await world.Client(Persona.Auditor).GetAsync($"/api/v1/audit/events?participantCode={participant.Code.ToLowerInvariant()}").ExpectAsync(HttpStatusCode.OK);
        var page = await response.ReadJsonAsync<Page<AuditEventView>>();

        Assert.Equal(2, page.TotalCount);
        Assert.Equal([AuditActions.Read, AuditActions.Create], page.Items.Select(e => e.Action));
        Assert.All(page.Items, e => Assert.Equal(participant.Code, e.ParticipantCode));
        Assert.All(page.Items, e => Assert.Equal(nameof(Persona.CaseworkerA), e.User));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.OrganisationAdmin).GetAsync("/api/v1/audit/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.Director).GetAsync("/api/v1/audit/verification")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task The_auditor_of_another_organisation_sees_none_of_its_events(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var strangerAuditor = await world.CreateUserAsync("Foreign auditor", world.OtherOrganisationId);
        await world.GrantRoleAsync(strangerAuditor, Offramp.Core.Access.Role.Auditor, null, world.OtherOrganisationId);
        var (_, token) = await world.CreateTokenAsync(strangerAuditor, allowWrite: false);
        var participant = await world.RegisterParticipantAsync();

        var response = await world.App.CreateApiClient(token).GetAsync("/api/v1/audit/events?pageSize=500").ExpectAsync(HttpStatusCode.OK);
        var page = await response.ReadJsonAsync<Page<AuditEventView>>();

        Assert.DoesNotContain(page.Items, e => e.ParticipantCode == participant.Code);
        Assert.DoesNotContain(page.Items, e => e.User == nameof(Persona.CaseworkerA));
    }

    private static Task<long> LastSequenceAsync(TestWorld world) =>
        world.DbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

    private static Task<List<AuditEvent>> EventsAfterAsync(TestWorld world, long sequence) =>
        world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > sequence && e.Action != AuditActions.TokenCreated).OrderBy(e => e.Sequence).ToListAsync());
}
