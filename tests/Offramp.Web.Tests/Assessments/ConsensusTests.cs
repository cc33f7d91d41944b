using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>The consensus keeps the raw ratings, raises alerts for the team and directors, and schedules the next review.</summary>
public sealed class ConsensusTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_consensus_is_recorded_once_after_ratings_and_the_raw_ratings_stay(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, assessment) = await BlindRatingTests.OpenAsync(world);
        var url = $"/api/v1/participants/{participant}/assessments/{assessment}/consensus";
        var version = (await world.Client(Persona.Director).GetAsync($"/api/v1/participants/{participant}/assessments/{assessment}")).ETagVersion();

        var early = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), version);
        Assert.Contains("No rater has submitted", (await ProblemJson.ReadAsync(early, HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);

        await world.RateAsync(participant, assessment, Persona.Psychologist, TestWorld.Ratings("present"));
        await world.RateAsync(participant, assessment, Persona.FaithCounsellor, TestWorld.Ratings("absent"));
        await ProblemJson.ReadAsync(await world.Client(Persona.Mentor).SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), version), HttpStatusCode.NotFound);
        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), version), HttpStatusCode.Forbidden);
        await ProblemJson.ReadAsync(await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), version - 1), HttpStatusCode.PreconditionFailed);

        await world.AgreeAsync(participant, assessment, Persona.Psychologist);

        var agreed = await BlindRatingTests.ReadAsync(world, Persona.CaseworkerA, participant, assessment);
        Assert.Equal("Agreed", agreed["status"]!.GetValue<string>());
        Assert.Equal("moderate", agreed["overallJudgement"]!.GetValue<string>());
        Assert.Equal("Psychologist saw more contact with the milieu than the counsellor.", agreed["consensus"]!.AsArray().Single(c => c!["itemKey"]!.GetValue<string>() == "SR1")!["disagreement"]!.GetValue<string>());
        Assert.Equal(["absent", "present"], agreed["submissions"]!.AsArray().Select(s => s!["ratings"]![0]!["level"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(2 * TestWorld.OpenInstrumentItems.Count, await world.DbAsync(db => db.Set<RaterSubmission>().Where(s => s.AssessmentId == assessment).SelectMany(s => s.Ratings).CountAsync()));

        var again = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, url, TestWorld.Consensus(), agreed["version"]!.GetValue<int>());
        await ProblemJson.ReadAsync(again, HttpStatusCode.Conflict);
        var late = await world.Client(Persona.Psychologist).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/assessments/{assessment}/ratings", TestWorld.Ratings());
        await ProblemJson.ReadAsync(late, HttpStatusCode.Conflict);
    }

    [Theory]
    [BothProviders]
    public async Task A_rise_to_high_concern_and_a_protective_factor_lost_alert_the_team_and_the_directors(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var baseline = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 20);
        await world.RateAsync(participant, baseline, Persona.Psychologist);
        await world.AgreeAsync(participant, baseline, command: TestWorld.Consensus("partly", "moderate", new Dictionary<string, string> { ["SR2"] = "present" }));
        Assert.Empty(await AlertsAsync(world, participant));

        var incident = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 2, kind: Offramp.Core.Assessments.AssessmentKind.Scheduled);
        await world.RateAsync(participant, incident, Persona.FaithCounsellor);
        await world.AgreeAsync(participant, incident, command: TestWorld.Consensus("partly", "high", new Dictionary<string, string> { ["SR2"] = "absent" }));

        var alerts = await AlertsAsync(world, participant);
        Assert.Equal(4, alerts.Count);
        Assert.Equal(2, alerts.Count(a => a.Audience == TaskAudience.ProgramDirectors));
        Assert.Contains(alerts, a => a.Title.Contains("High concern", StringComparison.Ordinal) && a.Audience == TaskAudience.CaseTeam);
        Assert.Contains(alerts, a => a.Title.Contains("Protective factor lost: SR2", StringComparison.Ordinal) && a.Audience == TaskAudience.CaseTeam);

        var directorsWorklist = await (await world.Client(Persona.Director).GetAsync("/api/v1/worklist")).Content.ReadAsStringAsync();
        Assert.Contains("Protective factor lost: SR2", directorsWorklist, StringComparison.Ordinal);
        var psychologistsWorklist = await (await world.Client(Persona.Psychologist).GetAsync("/api/v1/worklist")).Content.ReadAsStringAsync();
        Assert.Contains("rose to High concern", psychologistsWorklist, StringComparison.Ordinal);
        var outsidersWorklist = await (await world.Client(Persona.CaseworkerB).GetAsync("/api/v1/worklist")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Assessment alert", outsidersWorklist, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_program_rhythm_puts_the_next_reassessments_on_the_worklist_and_moves_them(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        var name = definition["name"]!.GetValue<string>();
        var instrument = await world.ImportInstrumentAsync(definition);
        var settingsUrl = $"/api/v1/programs/{world.ProgramId}/assessment-settings";
        var version = (await world.Client(Persona.Director).GetAsync(settingsUrl).ExpectAsync(HttpStatusCode.OK)).ETagVersion();
        var rhythm = new { MentorsMayRate = false, CaseworkersMayRate = false, Rhythms = new[] { new { InstrumentName = name, Label = "weekly team review", IntervalDays = 7 }, new { InstrumentName = name, Label = "full review", IntervalDays = 91 } } };
        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, settingsUrl, rhythm, version), HttpStatusCode.NotFound);
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Put, settingsUrl, rhythm, version).ExpectAsync(HttpStatusCode.NoContent);

        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var first = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 30);
        await world.RateAsync(participant, first, Persona.Psychologist);
        await world.AgreeAsync(participant, first);
        var due = await OpenTasksAsync(world, participant, TaskKinds.Reassessment);
        Assert.Equal([TestWorld.DaysAgo(23), TestWorld.DaysAgo(30).AddDays(91)], due.Select(t => t.DueOn).Order());

        var second = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 3, kind: Offramp.Core.Assessments.AssessmentKind.Scheduled);
        await world.RateAsync(participant, second, Persona.FaithCounsellor);
        await world.AgreeAsync(participant, second);
        Assert.Equal([TestWorld.DaysAgo(3).AddDays(7), TestWorld.DaysAgo(3).AddDays(91)], (await OpenTasksAsync(world, participant, TaskKinds.Reassessment)).Select(t => t.DueOn).Order());
        Assert.Contains("weekly team review", await (await world.Client(Persona.FaithCounsellor).GetAsync("/api/v1/worklist")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<List<CaseTask>> AlertsAsync(TestWorld world, Guid participant) => OpenTasksAsync(world, participant, TaskKinds.Alert);

    private static Task<List<CaseTask>> OpenTasksAsync(TestWorld world, Guid participant, string kind) =>
        world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.ParticipantId == participant && t.Kind == kind && t.Status == CaseTaskStatus.Open).ToListAsync());
}
