using System.Net;

using Offramp.Core.Justice;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Validation;

/// <summary>
/// Invalid dates, unknown values, oversize text, malformed JSON and missing preconditions are refused with the
/// documented status and a clear ProblemDetails, never a 500, and leave no row and no audit event behind.
/// </summary>
public sealed class BadInputTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    public static TheoryData<DatabaseProviderKind, string, string, string> InvalidReferrals => Cross(
        ("a referral date in the future", """{"referredOn":"2999-01-01"}""", "ReferredOn"),
        ("a referral date in 1800", """{"referredOn":"1800-06-01"}""", "ReferredOn"),
        ("a given name over 100 characters", $$$"""{"identity":{"givenName":"{{{new string('x', 101)}}}","familyName":"Long"}}""", "Identity.GivenName"),
        ("a reason over 4000 characters", $$"""{"reason":"{{new string('r', 4001)}}"}""", "Reason"),
        ("no name at all", """{"identity":{"givenName":" ","familyName":null}}""", "Identity.GivenName"),
        ("a year of birth in 1800", """{"yearOfBirth":1800}""", "YearOfBirth"),
        ("a date of birth that contradicts the year", """{"yearOfBirth":1990,"identity":{"givenName":"A","dateOfBirth":"1991-02-03"}}""", "YearOfBirth"));

    [Theory]
    [MemberData(nameof(InvalidReferrals))]
    public async Task An_invalid_referral_answers_422_with_the_field_and_writes_nothing(DatabaseProviderKind provider, string what, string patch, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, "/api/v1/participants", ValidReferralWith(world, patch));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.ErrorsFor(field).Length > 0, what);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    public static TheoryData<DatabaseProviderKind, string, string, string> UnreadableReferrals => Cross(
        ("an unknown referral source", """{"source":"Telepathy"}""", "Source"),
        ("a number for an enum", """{"gender":2}""", "Gender"),
        ("a date that does not exist", """{"referredOn":"2024-02-30"}""", "ReferredOn"),
        ("text where a number belongs", """{"yearOfBirth":"nineteen"}""", "YearOfBirth"),
        ("a program id that is no GUID", """{"programId":"program-1"}""", "ProgramId"),
        ("a nested value of the wrong type", """{"identity":{"givenName":42}}""", "Identity.GivenName"));

    [Theory]
    [MemberData(nameof(UnreadableReferrals))]
    public async Task An_unreadable_value_answers_400_with_the_field(DatabaseProviderKind provider, string what, string patch, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, "/api/v1/participants", ValidReferralWith(world, patch));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorsFor(field).Length == 1, what);
        var jsonPath = "$." + string.Join('.', field.Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..]));
        Assert.True(problem.Detail?.Contains(jsonPath, StringComparison.Ordinal) == true, $"{what}: detail '{problem.Detail}' does not name {jsonPath}");
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders("{ \"programId\": ")]
    [BothProviders("not json at all")]
    [BothProviders("[1, 2, 3]")]
    [BothProviders("")]
    public async Task Malformed_json_answers_400_and_writes_nothing(DatabaseProviderKind provider, string body)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, "/api/v1/participants", body);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request could not be read.", problem.Title);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task Session_notes_over_20000_characters_answer_422(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await ConsentedAsync(world);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession(notes: new string('n', 20001)));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Notes are limited to 20,000 characters.", Assert.Single(problem.ErrorsFor("Notes")));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task Session_notes_of_exactly_20000_characters_are_accepted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await ConsentedAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession(notes: new string('n', 20000)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [BothProviders("""{"heldOn":"2999-01-01","durationMinutes":60,"kind":"OneToOne","confidentiality":"Standard"}""", "HeldOn")]
    [BothProviders("""{"heldOn":"2024-01-01","durationMinutes":0,"kind":"OneToOne","confidentiality":"Standard"}""", "DurationMinutes")]
    [BothProviders("""{"heldOn":"2024-01-01","durationMinutes":60,"kind":"OneToOne","confidentiality":"Standard","attendeeUserIds":["0b6f8f8e-7d4e-4c39-9a36-2b9c6f0e9f11"]}""", "AttendeeUserIds")]
    [BothProviders("""{"durationMinutes":60,"kind":"OneToOne","confidentiality":"Standard"}""", "HeldOn")]
    public async Task An_invalid_session_answers_422_with_the_field(DatabaseProviderKind provider, string json, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await ConsentedAsync(world);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", json);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task A_write_without_If_Match_answers_428_and_changes_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);
        var version = await world.VersionOfAsync(participant.Id);

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/stage",
            new ChangeStageCommand { ToStage = Stage.Screening, EffectiveOn = TestWorld.Today, Reason = "Start." });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Equal("If-Match is required.", problem.Title);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        Assert.Equal(version, await world.VersionOfAsync(participant.Id));
        Assert.Equal(Stage.Referred, await world.StageOfAsync(participant.Id));
    }

    [Theory]
    [BothProviders("W/\"1\"")]
    [BothProviders("\"one\"")]
    [BothProviders("*")]
    public async Task An_If_Match_that_is_not_a_version_answers_400(DatabaseProviderKind provider, string ifMatch)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/stage")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new ChangeStageCommand { ToStage = Stage.Screening, EffectiveOn = TestWorld.Today, Reason = "Start." }, options: TestJson.Options),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var response = await world.Client(Persona.CaseworkerA).SendAsync(request);

        await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders("""{"kind":"Sentence","occurredOn":"2024-01-01"}""", "SentenceMonths")]
    [BothProviders("""{"kind":"Arrest","occurredOn":"2024-01-01","sentenceMonths":12}""", "SentenceMonths")]
    [BothProviders("""{"kind":"CustodyStart","occurredOn":"2999-01-01"}""", "OccurredOn")]
    [BothProviders("""{"kind":"ExpectedRelease","occurredOn":"2200-01-01"}""", "OccurredOn")]
    [BothProviders("""{"kind":"Arrest","occurredOn":"1850-01-01"}""", "OccurredOn")]
    public async Task An_invalid_justice_event_answers_422_with_the_field(DatabaseProviderKind provider, string json, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/justice-events", json);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [BothProviders]
    public async Task An_expected_release_years_ahead_is_accepted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();

        var id = await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ExpectedRelease, TestWorld.Today.AddYears(5));

        Assert.NotEqual(Guid.Empty, id);
    }

    [Theory]
    [BothProviders("")]
    [BothProviders("   ")]
    public async Task An_empty_search_answers_422(DatabaseProviderKind provider, string q)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/search?q={Uri.EscapeDataString(q)}");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor("q"));
    }

    [Theory]
    [BothProviders]
    public async Task An_oversize_search_answers_422(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/search?q={new string('a', 201)}");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("200", problem.ErrorsFor("q")[0], StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders("/api/v1/participants/not-a-guid")]
    [BothProviders("/api/v1/participants?page=abc")]
    [BothProviders("/api/v1/participants?pageSize=99999999999")]
    public async Task Odd_urls_never_answer_500(DatabaseProviderKind provider, string url)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.Client(Persona.CaseworkerA).GetAsync(url);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url} answered {(int)response.StatusCode}");
    }

    private static TheoryData<DatabaseProviderKind, string, string, string> Cross(params (string What, string Patch, string Field)[] rows)
    {
        var data = new TheoryData<DatabaseProviderKind, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProviderKind>())
        {
            foreach (var (what, patch, field) in rows)
            {
                data.Add(provider, what, patch, field);
            }
        }

        return data;
    }

    /// <summary>A valid referral as JSON with the properties of <paramref name="patch"/> replacing or adding to it.</summary>
    private static string ValidReferralWith(TestWorld world, string patch)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(TestWorld.NewReferral(world.ProgramId), TestJson.Options))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(patch)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        return body.ToJsonString();
    }

    private static async Task<Guid> ConsentedAsync(TestWorld world)
    {
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Consented);
        return participant.Id;
    }
}
