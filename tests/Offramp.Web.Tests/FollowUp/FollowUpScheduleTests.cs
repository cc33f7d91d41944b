using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.FollowUp;
using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.FollowUp;

/// <summary>Follow-ups anchored on the justice timeline: the default horizons, moving with the release date, and what is refused.</summary>
public sealed class FollowUpScheduleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Recording_the_release_starts_the_schedule_at_3_6_12_24_36_60_months_with_a_task_each(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var released = TestWorld.DaysAgo(15);

        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, released);

        var followUps = await ListAsync(world, participant.Id);
        Assert.Equal([3, 6, 12, 24, 36, 60], followUps.Select(f => f.MonthsAfter));
        Assert.All(followUps, f => Assert.Equal((FollowUpAnchor.ActualRelease, released, released.AddMonths(f.MonthsAfter)), (f.Anchor, f.AnchorDate, f.DueOn)));
        Assert.Equal(followUps.Select(f => f.DueOn), await TaskDatesAsync(world, followUps.Select(f => f.Id)));
    }

    [Theory]
    [BothProviders]
    public async Task Correcting_the_release_date_moves_pending_follow_ups_and_their_tasks_but_not_recorded_ones(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var firstRelease = TestWorld.DaysAgo(200);
        var releaseId = await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, firstRelease);
        var threeMonths = (await ListAsync(world, participant.Id)).Single(f => f.MonthsAfter == 3);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/follow-ups/{threeMonths.Id}/record",
            new RecordFollowUpCommand { ContactedOn = firstRelease.AddMonths(3), ContactMade = true, Source = InformationSource.Participant, Findings = "Working at a bakery." },
            threeMonths.Version).ExpectAsync(HttpStatusCode.NoContent);

        var corrected = firstRelease.AddDays(-20);
        var version = await world.DbAsync(db => db.JusticeEvents.Where(e => e.Id == releaseId).Select(e => e.Version).SingleAsync());
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}/justice-events/{releaseId}",
            new JusticeEventCommand { Kind = JusticeEventKind.ActualRelease, OccurredOn = corrected, Reference = "Corrected by the prison" }, version)
            .ExpectAsync(HttpStatusCode.NoContent);

        var after = await ListAsync(world, participant.Id);
        var recorded = after.Single(f => f.MonthsAfter == 3);
        Assert.Equal((FollowUpStatus.Recorded, firstRelease, firstRelease.AddMonths(3)), (recorded.Status, recorded.AnchorDate, recorded.DueOn));
        Assert.Equal("Working at a bakery.", recorded.Findings);
        var pending = after.Where(f => f.Status == FollowUpStatus.Pending).ToList();
        Assert.Equal(5, pending.Count);
        Assert.All(pending, f => Assert.Equal((corrected, corrected.AddMonths(f.MonthsAfter)), (f.AnchorDate, f.DueOn)));
        Assert.Equal(pending.Select(f => f.DueOn), await TaskDatesAsync(world, pending.Select(f => f.Id)));
    }

    [Theory]
    [BothProviders]
    public async Task An_actual_release_takes_over_from_the_expected_one(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var expected = TestWorld.Today.AddDays(30);
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ExpectedRelease, expected);
        Assert.All(await ListAsync(world, participant.Id), f => Assert.Equal((FollowUpAnchor.ExpectedRelease, expected), (f.Anchor, f.AnchorDate)));

        var actual = TestWorld.DaysAgo(2);
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, actual);

        Assert.All(await ListAsync(world, participant.Id), f => Assert.Equal((FollowUpAnchor.ActualRelease, actual, actual.AddMonths(f.MonthsAfter)), (f.Anchor, f.AnchorDate, f.DueOn)));
    }

    [Theory]
    [BothProviders]
    public async Task Without_a_release_or_completion_date_the_schedule_is_refused_and_nothing_is_written(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/follow-ups/schedule", new { });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no release or completion date", problem.ErrorsFor("CompletedOn")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ScheduledFollowUp>().CountAsync(f => f.ParticipantId == participant.Id)));
        Assert.Equal(0, await world.DbAsync(db => db.Set<CaseTask>().CountAsync(t => t.ParticipantId == participant.Id && t.Kind == TaskKinds.FollowUp)));
    }

    [Theory]
    [BothProviders]
    public async Task A_community_program_counts_from_completion_at_its_own_horizons(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerB, world.SecondProgramId);
        await world.WalkToAsync(participant.Id, Offramp.Core.Stages.Stage.Intervention, Persona.CaseworkerB);
        await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Put, $"/api/v1/admin/programs/{world.SecondProgramId}/settings",
            new { FollowUpMonths = (int[])[12, 6] }).ExpectAsync(HttpStatusCode.NoContent);
        var completed = TestWorld.DaysAgo(3);

        await world.StartFollowUpsAsync(participant.Id, completed, Persona.CaseworkerB);

        var followUps = await ListAsync(world, participant.Id, Persona.CaseworkerB);
        Assert.Equal([(6, completed.AddMonths(6)), (12, completed.AddMonths(12))], followUps.Select(f => (f.MonthsAfter, f.DueOn)));
        Assert.All(followUps, f => Assert.Equal(FollowUpAnchor.ProgramCompletion, f.Anchor));
    }

    [Theory]
    [BothProviders]
    public async Task Recording_a_follow_up_seals_the_findings_and_closes_its_task(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var released = TestWorld.DaysAgo(100);
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, released);
        var first = (await ListAsync(world, participant.Id))[0];
        var findings = $"No contact with the group {Guid.NewGuid():N}";

        await world.Client(Persona.Mentor).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/follow-ups/{first.Id}/record",
            new RecordFollowUpCommand { ContactedOn = TestWorld.DaysAgo(5), ContactMade = false, Source = InformationSource.Family, Findings = findings }, first.Version)
            .ExpectAsync(HttpStatusCode.NotFound);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/follow-ups/{first.Id}/record",
            new RecordFollowUpCommand { ContactedOn = TestWorld.DaysAgo(5), ContactMade = false, Source = InformationSource.Family, Findings = findings }, first.Version)
            .ExpectAsync(HttpStatusCode.NoContent);

        var stored = await world.DbAsync(db => db.Set<ScheduledFollowUp>().AsNoTracking().SingleAsync(f => f.Id == first.Id));
        Assert.DoesNotContain(findings, System.Text.Encoding.UTF8.GetString(stored.FindingsSealed!), StringComparison.Ordinal);
        Assert.Equal((false, InformationSource.Family), (stored.ContactMade, stored.Source));
        var task = await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().SingleAsync(t => t.SourceId == first.Id));
        Assert.Equal(CaseTaskStatus.Done, task.Status);
    }

    private static async Task<List<FollowUpView>> ListAsync(TestWorld world, Guid participantId, Persona by = Persona.CaseworkerA)
    {
        var response = await world.Client(by).GetAsync($"/api/v1/participants/{participantId}/follow-ups").ExpectAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync<List<FollowUpView>>();
    }

    private static Task<List<DateOnly>> TaskDatesAsync(TestWorld world, IEnumerable<Guid> followUpIds)
    {
        var ids = followUpIds.ToList();
        return world.DbAsync(async db =>
        {
            var tasks = await db.Set<CaseTask>().AsNoTracking().Where(t => t.SourceId != null && ids.Contains(t.SourceId.Value) && t.Status == CaseTaskStatus.Open).ToListAsync();
            return ids.Select(id => tasks.Single(t => t.SourceId == id).DueOn).ToList();
        });
    }
}
