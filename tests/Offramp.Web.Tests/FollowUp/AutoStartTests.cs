using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Closure;
using Offramp.Core.Consent;
using Offramp.Core.FollowUp;
using Offramp.Core.Justice;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.FollowUp;

/// <summary>
/// The follow-up schedule starts by itself when the release is recorded or the case closes as completed: in the same
/// transaction as that event, audited, once; and never for a record that may not be followed.
/// </summary>
public sealed class AutoStartTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_expected_release_starts_the_schedule_once_and_later_releases_only_move_it(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var expected = TestWorld.Today.AddDays(40);

        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ExpectedRelease, expected);
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(1));

        var followUps = await FollowUpsAsync(world, participant.Id);
        Assert.Equal(6, followUps.Count);
        Assert.All(followUps, f => Assert.Equal((FollowUpAnchor.ActualRelease, TestWorld.DaysAgo(1)), (f.Anchor, f.AnchorDate)));
        Assert.Equal(6, await world.DbAsync(db => db.Set<CaseTask>().CountAsync(t => t.ParticipantId == participant.Id && t.Kind == TaskKinds.FollowUp)));
        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(a => a.ParticipantId == participant.Id && a.EntityType == "follow-up-schedule").Select(a => new { a.Action, a.Detail }).ToListAsync());
        var created = Assert.Single(audit, a => a.Action == AuditActions.Create);
        Assert.Contains("started when the release was recorded", created.Detail ?? "", StringComparison.Ordinal);

        var again = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/follow-ups/schedule", new { });
        Assert.Contains("already running", (await ProblemJson.ReadAsync(again, HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_release_the_timeline_refuses_starts_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.CustodyStart, TestWorld.DaysAgo(100));
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/justice-events",
            new JusticeEventCommand { Kind = JusticeEventKind.ActualRelease, OccurredOn = TestWorld.DaysAgo(200) });

        Assert.Contains("cannot precede the start of custody", (await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor("OccurredOn")[0], StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        Assert.Empty(await FollowUpsAsync(world, participant.Id));
    }

    [Theory]
    [BothProviders]
    public async Task Closing_as_completed_without_a_release_counts_from_the_completion_date(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var closedOn = TestWorld.DaysAgo(2);

        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/closure",
            new CloseCaseCommand { Reason = ClosureReason.Completed, Note = "All modules done.", ClosedOn = closedOn }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);

        var followUps = await FollowUpsAsync(world, participant.Id);
        Assert.Equal([3, 6, 12, 24, 36, 60], followUps.Select(f => f.MonthsAfter));
        Assert.All(followUps, f => Assert.Equal((FollowUpAnchor.ProgramCompletion, closedOn, closedOn.AddMonths(f.MonthsAfter)), (f.Anchor, f.AnchorDate, f.DueOn)));
        var open = await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.ParticipantId == participant.Id && t.Status == CaseTaskStatus.Open).Select(t => t.Kind).ToListAsync());
        Assert.Equal(6, open.Count);
        Assert.All(open, kind => Assert.Equal(TaskKinds.FollowUp, kind));
    }

    [Theory]
    [BothProviders]
    public async Task Closing_for_another_reason_starts_no_schedule(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();

        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/closure",
            new CloseCaseCommand { Reason = ClosureReason.NoLongerEligible, Note = "Moved abroad.", ClosedOn = TestWorld.DaysAgo(2) }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal(Stage.Closed, await world.StageOfAsync(participant.Id));
        Assert.Empty(await FollowUpsAsync(world, participant.Id));
    }

    [Theory]
    [BothProviders]
    public async Task After_consent_withdrawal_the_release_is_recorded_but_no_follow_up_starts(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.DaysAgo(3), Reason = "Wants to stop." }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);

        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(1));

        Assert.Equal(1, await world.DbAsync(db => db.JusticeEvents.CountAsync(e => e.ParticipantId == participant.Id && e.Kind == JusticeEventKind.ActualRelease)));
        Assert.Equal(0, await world.DbAsync(db => db.Set<ScheduledFollowUp>().CountAsync(f => f.ParticipantId == participant.Id)));
        Assert.Equal(0, await world.DbAsync(db => db.Set<CaseTask>().CountAsync(t => t.ParticipantId == participant.Id && t.Kind == TaskKinds.FollowUp)));
    }

    private static Task<List<ScheduledFollowUp>> FollowUpsAsync(TestWorld world, Guid participantId) =>
        world.DbAsync(db => db.Set<ScheduledFollowUp>().AsNoTracking().Where(f => f.ParticipantId == participantId).OrderBy(f => f.MonthsAfter).ToListAsync());
}
