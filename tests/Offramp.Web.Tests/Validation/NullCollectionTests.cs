using System.Net;
using System.Text.Json.Nodes;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Validation;

/// <summary>
/// A list sent as null, or with a null item, is a field error (422, or 400 when JSON cannot put null into a list of
/// ids, numbers or enum values), never a 500, and writes nothing. Every request is a valid body of the endpoint with one
/// list replaced, e.g. POST /api/v1/participants/{id}/plan {"startedOn":"…","goals":null,"modules":[]}.
/// </summary>
public sealed class NullCollectionTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>Endpoint, list field (JSON name), whether its items are values (ids, numbers, enums) JSON cannot set to null.</summary>
    private static readonly (string Endpoint, string Field, bool ValueItems)[] Lists =
    [
        ("session", "attendeeUserIds", true),
        ("formulation", "contributorUserIds", true),
        ("observation", "links", false),
        ("plan", "goals", false),
        ("plan", "modules", false),
        ("metric", "outcomeTypes", true),
        ("disclosure-policy", "thresholds", false),
        ("disclosure-policy", "agencies", false),
        ("disclosure", "fields", true),
        ("template", "modules", false),

        // The template's body is read as a file against its schema (texts may be maps of language to text), which names a null number as any other field error.
        ("template", "followUpMonths", false),
        ("assessment-settings", "rhythms", false),
    ];

    public static TheoryData<DatabaseProviderKind, string, string, string> NullLists => Rows(l => (l.Endpoint, l.Field, "null"));

    public static TheoryData<DatabaseProviderKind, string, string, string> NullItems => Rows(l => (l.Endpoint, l.Field, "[null]"));

    [Theory]
    [MemberData(nameof(NullLists))]
    public async Task A_list_sent_as_null_answers_422_naming_the_field_and_writes_nothing(DatabaseProviderKind provider, string endpoint, string field, string value)
    {
        var world = await worlds.WorldAsync(provider);
        var call = await CallAsync(world, endpoint);
        call.Body[field] = JsonNode.Parse(value);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(call.Caller).SendRawJsonAsync(call.Method, call.Url, call.Body.ToJsonString(), call.IfMatch);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Send a list ([] for none), not null.", Assert.Single(problem.ErrorsFor(Pascal(field))));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    [Theory]
    [MemberData(nameof(NullItems))]
    public async Task A_null_list_item_answers_422_or_400_naming_the_item_and_writes_nothing(DatabaseProviderKind provider, string endpoint, string field, string value)
    {
        var world = await worlds.WorldAsync(provider);
        var call = await CallAsync(world, endpoint);
        call.Body[field] = JsonNode.Parse(value);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(call.Caller).SendRawJsonAsync(call.Method, call.Url, call.Body.ToJsonString(), call.IfMatch);

        var valueItems = Lists.Single(l => l.Endpoint == endpoint && l.Field == field).ValueItems;
        var problem = await ProblemJson.ReadAsync(response, valueItems ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor($"{Pascal(field)}[0]"));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    /// <summary>Null inside a list item: POST …/plan {"goals":[{"description":null,"area":"Needs"}]} and …/observations {"links":[{"itemKey":null}]}.</summary>
    [Theory]
    [BothProviders("plan", "goals", """[{"description":null,"area":"Needs"}]""", "Goals[0].Description")]
    [BothProviders("observation", "links", """[{"assessmentId":"0b6f8f8e-7d4e-4c39-9a36-2b9c6f0e9f11","itemKey":null}]""", "Links[0].ItemKey")]
    [BothProviders("template", "modules", """[{"name":null,"kind":"Module"}]""", "Modules[0].Name")]
    [BothProviders("assessment-settings", "rhythms", """[{"instrumentName":null,"label":"full review","intervalDays":90}]""", "Rhythms[0].InstrumentName")]
    public async Task A_null_inside_a_list_item_answers_422_naming_it(DatabaseProviderKind provider, string endpoint, string field, string value, string expectedField)
    {
        var world = await worlds.WorldAsync(provider);
        var call = await CallAsync(world, endpoint);
        call.Body[field] = JsonNode.Parse(value);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(call.Caller).SendRawJsonAsync(call.Method, call.Url, call.Body.ToJsonString(), call.IfMatch);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor(expectedField));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    private sealed record Call(Persona Caller, HttpMethod Method, string Url, JsonObject Body, int? IfMatch = null);

    /// <summary>A valid request of <paramref name="endpoint"/> (it answers 2xx as it is), on a fresh participant where it needs one.</summary>
    private static async Task<Call> CallAsync(TestWorld world, string endpoint)
    {
        var today = TestWorld.DaysAgo(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var participant = (await world.RegisterParticipantAsync()).Id;
        var cases = $"/api/v1/participants/{participant}";
        return endpoint switch
        {
            "session" => new(Persona.CaseworkerA, HttpMethod.Post, $"{cases}/sessions",
                Json($$"""{"heldOn":"{{today}}","durationMinutes":60,"kind":"OneToOne","confidentiality":"Standard","attendeeUserIds":[]}""")),
            "formulation" => new(Persona.CaseworkerA, HttpMethod.Post, $"{cases}/formulation", Json("""{"needs":"Belonging.","contributorUserIds":[]}""")),
            "observation" => new(Persona.CaseworkerA, HttpMethod.Post, $"{cases}/observations",
                Json($$"""{"observedOn":"{{today}}","source":"Staff","reliability":"Confirmed","description":"Calm on the wing.","links":[]}""")),
            "plan" => new(Persona.CaseworkerA, HttpMethod.Post, $"{cases}/plan",
                Json($$"""{"startedOn":"{{today}}","goals":[{"description":"Find work.","area":"Needs"}],"modules":[]}""")),
            "metric" => new(Persona.Director, HttpMethod.Post, $"/api/v1/programs/{world.ProgramId}/evaluation/metrics",
                Json("""{"name":"No reconviction","kind":"NoAdverseOutcome","outcomeTypes":["ReconvictionOtherViolent"],"anchor":"Release","horizonMonths":24}""")),
            "disclosure-policy" => new(Persona.OrganisationAdmin, HttpMethod.Put, "/api/v1/disclosure-policy",
                Json("""{"thresholds":["Imminent risk of violence"],"agencies":["Police"],"requiresFourEyes":false}"""), 999),
            "disclosure" => new(Persona.Director, HttpMethod.Post, $"{cases}/disclosures",
                Json("""{"disclose":false,"rationale":"Not imminent.","fields":[]}""")),
            "template" => new(Persona.OrganisationAdmin, HttpMethod.Post, "/api/v1/catalogue/templates",
                Json("""{"key":"null-test","name":"Null test","modules":[{"name":"Engagement","kind":"Module"}],"followUpMonths":[6,12]}""")),
            "assessment-settings" => new(Persona.Director, HttpMethod.Put, $"/api/v1/programs/{world.ProgramId}/assessment-settings",
                Json("""{"mentorsMayRate":false,"caseworkersMayRate":false,"rhythms":[]}"""), 999),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "No request for this endpoint."),
        };
    }

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    private static string Pascal(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    private static TheoryData<DatabaseProviderKind, string, string, string> Rows(Func<(string Endpoint, string Field, bool ValueItems), (string, string, string)> row)
    {
        var data = new TheoryData<DatabaseProviderKind, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProviderKind>())
        {
            foreach (var list in Lists)
            {
                var (endpoint, field, value) = row(list);
                data.Add(provider, endpoint, field, value);
            }
        }

        return data;
    }
}
