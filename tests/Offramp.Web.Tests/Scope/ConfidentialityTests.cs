using System.Net;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Participants.Read;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Scope;

/// <summary>
/// Session notes by confidentiality class: standard to the whole case, clinical to psychologists on the team and the
/// director, restricted to the author and the director. Others see that the session exists, never its notes.
/// </summary>
public sealed class ConfidentialityTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ClinicalNotes = "Discussed intrusive memories; screening for PTSD next week.";
    private const string RestrictedNotes = "Disclosed contact with a former associate.";

    [Theory]
    [BothProviders]
    public async Task A_faith_counsellor_sees_a_clinical_session_exists_but_not_its_notes(DatabaseProviderKind provider)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.Psychologist, ConfidentialityClass.Clinical, ClinicalNotes);

        var seen = SessionIn(await world.GetRecordAsync(participant, Persona.FaithCounsellor), session);

        Assert.Equal(ConfidentialityClass.Clinical, seen.Confidentiality);
        Assert.Equal(SessionKind.Psychological, seen.Kind);
        Assert.Equal(TestWorld.DaysAgo(1), seen.HeldOn);
        Assert.Null(seen.Notes);
        Assert.True(seen.NotesWithheld);
    }

    [Theory]
    [BothProviders(Persona.Psychologist, true)]
    [BothProviders(Persona.Director, true)]
    [BothProviders(Persona.FaithCounsellor, false)]
    [BothProviders(Persona.Mentor, false)]
    [BothProviders(Persona.CaseworkerA, false)]
    public async Task Clinical_notes_are_read_by_clinical_roles_and_the_director_only(DatabaseProviderKind provider, Persona reader, bool reads)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.Psychologist, ConfidentialityClass.Clinical, ClinicalNotes);

        var seen = SessionIn(await world.GetRecordAsync(participant, reader), session);

        Assert.Equal(reads ? ClinicalNotes : null, seen.Notes);
        Assert.Equal(!reads, seen.NotesWithheld);
    }

    [Theory]
    [BothProviders(Persona.CaseworkerA, true)]
    [BothProviders(Persona.Director, true)]
    [BothProviders(Persona.Psychologist, false)]
    [BothProviders(Persona.Mentor, false)]
    [BothProviders(Persona.FaithCounsellor, false)]
    public async Task Restricted_notes_are_read_by_their_author_and_the_director_only(DatabaseProviderKind provider, Persona reader, bool reads)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.CaseworkerA, ConfidentialityClass.Restricted, RestrictedNotes);

        var seen = SessionIn(await world.GetRecordAsync(participant, reader), session);

        Assert.Equal(reads ? RestrictedNotes : null, seen.Notes);
        Assert.Equal(!reads, seen.NotesWithheld);
    }

    [Theory]
    [BothProviders]
    public async Task Standard_notes_are_read_by_the_whole_case_team(DatabaseProviderKind provider)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.Mentor, ConfidentialityClass.Standard, "Went to the job centre together.");

        foreach (var reader in new[] { Persona.CaseworkerA, Persona.Mentor, Persona.Psychologist, Persona.FaithCounsellor, Persona.Director })
        {
            var seen = SessionIn(await world.GetRecordAsync(participant, reader), session);
            Assert.Equal("Went to the job centre together.", seen.Notes);
            Assert.False(seen.NotesWithheld);
        }
    }

    [Theory]
    [BothProviders(Persona.FaithCounsellor)]
    [BothProviders(Persona.Mentor)]
    [BothProviders(Persona.CaseworkerA)]
    public async Task Only_clinical_roles_may_record_a_clinical_session(DatabaseProviderKind provider, Persona author)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var before = await world.DbAsync(db => db.Sessions.CountAsync(s => s.ParticipantId == participant));

        var response = await world.Client(author).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession(ConfidentialityClass.Clinical));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("psychologist", problem.ErrorsFor("Confidentiality")[0], StringComparison.Ordinal);
        Assert.Equal(before, await world.DbAsync(db => db.Sessions.CountAsync(s => s.ParticipantId == participant)));
    }

    [Theory]
    [BothProviders(Persona.FaithCounsellor, HttpStatusCode.Forbidden)]
    [BothProviders(Persona.Mentor, HttpStatusCode.Forbidden)]
    [BothProviders(Persona.Director, HttpStatusCode.NoContent)]
    public async Task Only_the_author_or_the_director_corrects_a_session(DatabaseProviderKind provider, Persona editor, HttpStatusCode expected)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.CaseworkerA);
        var version = await world.DbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.Version).SingleAsync());

        var response = await world.Client(editor).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant}/sessions/{session}", TestWorld.NewSession(notes: "Rewritten."), version);

        Assert.Equal(expected, response.StatusCode);
        var notes = SessionIn(await world.GetRecordAsync(participant, Persona.CaseworkerA), session).Notes;
        Assert.Equal(expected == HttpStatusCode.NoContent ? "Rewritten." : "Talked about work and family.", notes);
    }

    [Theory]
    [BothProviders]
    public async Task Withheld_notes_are_noted_in_the_audit_trail_without_their_text(DatabaseProviderKind provider)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        await world.LogSessionAsync(participant, Persona.Psychologist, ConfidentialityClass.Clinical, ClinicalNotes);

        await world.GetRecordAsync(participant, Persona.FaithCounsellor);

        var read = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.ParticipantId == participant && e.Action == AuditActions.Read && e.UserId == world.UserId(Persona.FaithCounsellor))
            .OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal("1 session notes withheld by class", read.Detail);
        Assert.DoesNotContain(await world.DbAsync(db => db.AuditEvents.AsNoTracking().Select(e => e.Detail).ToListAsync()), d => d != null && d.Contains("PTSD", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Notes_are_sealed_at_rest(DatabaseProviderKind provider)
    {
        var (world, participant) = await TeamCaseAsync(provider);
        var session = await world.LogSessionAsync(participant, Persona.Psychologist, ConfidentialityClass.Clinical, ClinicalNotes);

        var stored = await world.DbAsync(db => db.Sessions.AsNoTracking().Where(s => s.Id == session).Select(s => s.NotesSealed).SingleAsync());

        Assert.NotNull(stored);
        Assert.True(stored.Length > ClinicalNotes.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes("PTSD")));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes("intrusive")));
    }

    private async Task<(TestWorld World, Guid Participant)> TeamCaseAsync(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(Persona.CaseworkerA);
        foreach (var member in new[] { Persona.Mentor, Persona.Psychologist, Persona.FaithCounsellor })
        {
            await world.AddToTeamAsync(participant.Id, member);
        }

        await world.WalkToAsync(participant.Id, Stage.Intervention);
        return (world, participant.Id);
    }

    private static SessionView SessionIn(ParticipantRecord record, Guid sessionId) => Assert.Single(record.Sessions, s => s.Id == sessionId);
}
