using System.Net;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.CodedProfiles;
using Offramp.Core.Consent;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.CodedProfiles;

/// <summary>Coding a participant: codes checked against the codebook, the note sealed, every read and write audited, no silent overwrite, scope as for the case.</summary>
public sealed class CodedProfileTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Note = "Left after his cousin was killed at a checkpoint";

    [Theory]
    [BothProviders]
    public async Task The_case_team_codes_a_participant_the_note_is_sealed_and_reads_and_writes_are_audited(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var caseworker = world.Client(Persona.CaseworkerA);
        var url = $"/api/v1/participants/{participant.Id}/coded-profile";

        await caseworker.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand
        {
            Answers =
            [
                new() { Field = "movement", Codes = ["jihadist"] },
                new() { Field = "push-factors", Codes = ["too-far", "lost-faith-ideology", "too-far"] },
                new() { Field = "exit-status-at-entry", Codes = ["doubting"], Note = Note },
            ],
        }).ExpectAsync(HttpStatusCode.NoContent);

        var profile = await (await caseworker.GetAsync(url).ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<CodedProfileView>();
        Assert.Equal(12, profile.Answers.Count);
        var push = profile.Answers.Single(a => a.Field.Key == "push-factors");
        Assert.Equal(["lost-faith-ideology", "too-far"], push.Codes);
        Assert.Equal((Note, 1), profile.Answers.Single(a => a.Field.Key == "exit-status-at-entry") is var exit ? (exit.Note, exit.Version) : default);
        Assert.Empty(profile.Answers.Single(a => a.Field.Key == "role").Codes);

        // The note is stored sealed: its words are nowhere in the row.
        var stored = await world.DbAsync(db => db.Set<CodedAnswer>().AsNoTracking().SingleAsync(a => a.ParticipantId == participant.Id && a.FieldKey == "exit-status-at-entry"));
        Assert.NotNull(stored.NoteSealed);
        Assert.DoesNotContain("cousin", Encoding.UTF8.GetString(stored.NoteSealed!), StringComparison.Ordinal);

        var events = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.ParticipantId == participant.Id && e.EntityType == AuditEntities.CodedProfile.Name).OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Detail }).ToListAsync());
        Assert.Equal(["update", "read"], events.Select(e => e.Action));
        Assert.Equal("coded movement, push-factors, exit-status-at-entry on Offramp coded profile 1.0", events[0].Detail);
        Assert.DoesNotContain("cousin", string.Concat(events.Select(e => e.Detail)), StringComparison.Ordinal);

        // Saving the same answers again changes nothing and records nothing.
        await caseworker.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["jihadist"], ExpectedVersion = 1 }] })
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(1, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.ParticipantId == participant.Id && e.EntityType == AuditEntities.CodedProfile.Name && e.Action == "update")));

        // No codes clears a field.
        await caseworker.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = [], ExpectedVersion = 1 }] })
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.False(await world.DbAsync(db => db.Set<CodedAnswer>().AnyAsync(a => a.ParticipantId == participant.Id && a.FieldKey == "movement")));
    }

    [Theory]
    [BothProviders]
    public async Task Every_code_that_does_not_fit_the_codebook_is_named_at_once_and_nothing_is_saved(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var url = $"/api/v1/participants/{participant.Id}/coded-profile";

        var problem = await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand
        {
            Answers =
            [
                new() { Field = "movement", Codes = ["jihadist"] },
                new() { Field = "favourite-colour", Codes = ["blue"] },
                new() { Field = "role", Codes = ["fighter", "astronaut"] },
                new() { Field = "exit-status-at-entry", Codes = ["doubting", "engaged"] },
                new() { Field = "movement", Codes = ["far-right"] },
            ],
        }), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("not a field", problem.ErrorsFor("Answers[1].Field")[0], StringComparison.Ordinal);
        Assert.Contains("\"astronaut\" is not an option", problem.ErrorsFor("Answers[2].Codes")[0], StringComparison.Ordinal);
        Assert.Contains("takes one option", problem.ErrorsFor("Answers[3].Codes")[0], StringComparison.Ordinal);
        Assert.Contains("answered twice", problem.ErrorsFor("Answers[4].Field")[0], StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<CodedAnswer>().AnyAsync(a => a.ParticipantId == participant.Id)));

        var shape = await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Put, url,
            """{"answers":[{"field":"movement","codes":null},{"field":"role","codes":[null]}]}"""), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(shape.ErrorsFor("Answers[0].Codes"));
        Assert.NotEmpty(shape.ErrorsFor("Answers[1].Codes[0]"));
    }

    [Theory]
    [BothProviders]
    public async Task Two_people_coding_the_same_field_never_overwrite_each_other_unseen(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var url = $"/api/v1/participants/{participant.Id}/coded-profile";
        var caseworker = world.Client(Persona.CaseworkerA);
        var director = world.Client(Persona.Director);

        // Both open the empty profile and code the same field at the same moment: one wins, the other is told.
        var racing = await Task.WhenAll(
            caseworker.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["jihadist"] }] }),
            director.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["far-right"] }] }));
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.PreconditionFailed], racing.Select(r => r.StatusCode).Order());

        var winner = await world.DbAsync(db => db.Set<CodedAnswer>().AsNoTracking().SingleAsync(a => a.ParticipantId == participant.Id && a.FieldKey == "movement"));
        // The one told reloads; a write on the version they saw before is refused too.
        await director.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["far-left"], ExpectedVersion = 0 }] })
            .ExpectAsync(HttpStatusCode.PreconditionFailed);
        await director.SendJsonAsync(HttpMethod.Put, url, new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["far-left"], ExpectedVersion = winner.Version }] })
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal("far-left", await world.DbAsync(db => db.Set<CodedAnswer>().Where(a => a.ParticipantId == participant.Id && a.FieldKey == "movement").Select(a => a.Codes).SingleAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task A_profile_out_of_scope_looks_absent_and_a_withdrawn_participant_is_not_coded(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var url = $"/api/v1/participants/{participant.Id}/coded-profile";
        var coding = new CodedProfileCommand { Answers = [new() { Field = "movement", Codes = ["jihadist"] }] };

        foreach (var outsider in new[] { Persona.CaseworkerB, Persona.OrganisationAdmin, Persona.Auditor, Persona.OtherOrganisationDirector })
        {
            await world.Client(outsider).GetAsync(url).ExpectAsync(HttpStatusCode.NotFound);
            await world.Client(outsider).SendJsonAsync(HttpMethod.Put, url, coding).ExpectAsync(HttpStatusCode.NotFound);
        }

        await world.ScreenAsync(participant.Id);
        await world.ConsentAsync(participant.Id);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/consents/withdrawal",
            new WithdrawConsentCommand { WithdrawnOn = TestWorld.Today, Reason = "Does not want to take part." }, await world.VersionOfAsync(participant.Id))
            .ExpectAsync(HttpStatusCode.NoContent);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, url, coding).ExpectAsync(HttpStatusCode.Conflict);
        Assert.False(await world.DbAsync(db => db.Set<CodedAnswer>().AnyAsync(a => a.ParticipantId == participant.Id)));
    }
}
