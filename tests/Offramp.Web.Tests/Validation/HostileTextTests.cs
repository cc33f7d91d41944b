using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Validation;

/// <summary>
/// Text and dates an attacker or a broken client sends: every text field has a limit (declared on the field or the
/// default of TextRules), control and directional-override characters are refused in names (prose keeps line breaks and
/// tabs), and a date of birth lies in the past and within 120 years. Each answers 422 naming the field and writes nothing;
/// the pages show the same messages next to the field.
/// </summary>
public sealed class HostileTextTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>POST /api/v1/admin/sites {"name":"Annex","locality":"xxx… (950,000 characters)"}.</summary>
    [Theory]
    [BothProviders]
    public async Task A_site_locality_of_950000_characters_answers_422_and_is_not_stored(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var sites = await world.DbAsync(db => db.Sites.CountAsync());

        var response = await world.Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/sites",
            new JsonObject { ["name"] = "Annex", ["locality"] = new string('x', 950_000) }.ToJsonString());

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(problem.ErrorsFor("Locality"));
        Assert.Equal(sites, await world.DbAsync(db => db.Sites.CountAsync()));
    }

    /// <summary>POST /api/v1/admin/sites {"name":"Annex","locality":"North\u0000"} and {"name":"\u202Eexe.txt","locality":"North"}.</summary>
    [Theory]
    [BothProviders("""{"name":"Annex","locality":"North\u0000"}""", "Locality")]
    [BothProviders("""{"name":"\u202Eexe.txt","locality":"North"}""", "Name")]
    [BothProviders("""{"name":"Annex","locality":"North\nSouth"}""", "Locality")]
    public async Task A_site_with_a_control_or_override_character_answers_422(DatabaseProviderKind provider, string json, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var sites = await world.DbAsync(db => db.Sites.CountAsync());

        var response = await world.Client(Persona.OrganisationAdmin).SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/sites", json);

        Assert.NotEmpty((await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor(field));
        Assert.Equal(sites, await world.DbAsync(db => db.Sites.CountAsync()));
    }

    public static TheoryData<DatabaseProviderKind, string, string> HostileReferrals => Cross(
        ("""{"identity":{"givenName":"Ali\u0000","familyName":"Test"}}""", "Identity.GivenName"),
        ("""{"identity":{"givenName":"\u202Eila","familyName":"Test"}}""", "Identity.GivenName"),
        ("""{"identity":{"givenName":"Ali","familyName":"Te\u2066st"}}""", "Identity.FamilyName"),
        ("""{"identity":{"givenName":"Ali","familyName":"Te\nst"}}""", "Identity.FamilyName"),
        ("""{"identity":{"givenName":"Ali","nationalId":"AB\u001b[2J"}}""", "Identity.NationalId"),
        ("""{"referrer":"Probation\u0007"}""", "Referrer"),
        ("""{"reason":"Referred\u0000 after review."}""", "Reason"),
        ("""{"identity":{"givenName":"Ali","dateOfBirth":"0001-01-01"}}""", "Identity.DateOfBirth"),
        ("""{"identity":{"givenName":"Ali","dateOfBirth":"2999-01-01"}}""", "Identity.DateOfBirth"),
        ($$$"""{"identity":{"givenName":"Ali","dateOfBirth":"{{{TestWorld.Today.AddDays(1):yyyy-MM-dd}}}"}}""", "Identity.DateOfBirth"),
        ($$$"""{"identity":{"givenName":"Ali","dateOfBirth":"{{{TestWorld.Today.AddYears(-121):yyyy-MM-dd}}}"}}""", "Identity.DateOfBirth"));

    /// <summary>POST /api/v1/participants with a valid referral whose properties are replaced by <paramref name="patch"/>.</summary>
    [Theory]
    [MemberData(nameof(HostileReferrals))]
    public async Task A_referral_with_hostile_text_or_an_implausible_birth_date_answers_422_naming_the_field(DatabaseProviderKind provider, string patch, string field)
    {
        var world = await worlds.WorldAsync(provider);
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, "/api/v1/participants", ReferralWith(world, patch));

        Assert.NotEmpty((await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor(field));
        Assert.Equal(before, await RowCounts.TakeAsync(world));
    }

    /// <summary>Right-to-left names, marks and prose with line breaks are what people write: all accepted.</summary>
    [Theory]
    [BothProviders("""{"identity":{"givenName":"عبد الله","familyName":"O'Neil-Łukasz","aliases":"Abu X\nThe Teacher\t(2015)","dateOfBirth":"1990-02-03"},"yearOfBirth":1990}""")]
    [BothProviders("""{"identity":{"givenName":"\u200Fשרה\u200E","address":"1 Long Road\r\nFlat 2"},"reason":"First line.\n\tIndented second line."}""")]
    public async Task Real_names_in_any_script_and_prose_with_line_breaks_are_accepted(DatabaseProviderKind provider, string patch)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Post, "/api/v1/participants", ReferralWith(world, patch))
            .ExpectAsync(HttpStatusCode.Created);

        var id = await response.ReadCreatedIdAsync();
        var stored = (await world.GetRecordAsync(id)).Identity;
        Assert.Equal(JsonNode.Parse(patch)!["identity"]!["givenName"]!.GetValue<string>(), stored.GivenName);
    }

    /// <summary>PUT /api/v1/participants/{id} {"identity":{"givenName":"Test","dateOfBirth":"0001-01-01"},...} with If-Match.</summary>
    [Theory]
    [BothProviders("0001-01-01")]
    [BothProviders("2999-12-31")]
    public async Task Editing_details_to_an_implausible_birth_date_answers_422(DatabaseProviderKind provider, string dateOfBirth)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var version = await world.VersionOfAsync(participant.Id);

        var response = await world.Client(Persona.CaseworkerA).SendRawJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}",
            $$"""{"identity":{"givenName":"Test","familyName":"Participant","dateOfBirth":"{{dateOfBirth}}"},"gender":"NotRecorded"}""", version);

        Assert.NotEmpty((await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).ErrorsFor("Identity.DateOfBirth"));
        Assert.Equal(version, await world.VersionOfAsync(participant.Id));
    }

    /// <summary>POST /api/v1/participants/{id}/sessions with notes "Talked.\u0000" (refused) and "Talked.\n\tThen walked." (kept).</summary>
    [Theory]
    [BothProviders]
    public async Task Session_notes_refuse_NUL_and_overrides_but_keep_line_breaks_and_tabs(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        await world.WalkToAsync(participant, Stage.Consented);
        var client = world.Client(Persona.CaseworkerA);
        var before = await RowCounts.TakeAsync(world);

        foreach (var hostile in new[] { "Talked.\u0000", "Talked \u202Eabout\u202C work." })
        {
            var refused = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession(notes: hostile));
            Assert.NotEmpty((await ProblemJson.ReadAsync(refused, HttpStatusCode.UnprocessableEntity)).ErrorsFor("Notes"));
        }

        Assert.Equal(before, await RowCounts.TakeAsync(world));
        await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/sessions", TestWorld.NewSession(notes: "Talked.\n\tThen walked."))
            .ExpectAsync(HttpStatusCode.Created);
    }

    /// <summary>The referral form shows the messages next to the fields: given name with U+202E, date of birth 0001-01-01.</summary>
    [Theory]
    [BothProviders]
    public async Task The_referral_page_shows_field_messages_for_an_override_character_and_an_implausible_birth_date(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var page = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var participants = await world.DbAsync(db => db.Participants.CountAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.ProgramId"] = world.ProgramId.ToString(),
            ["Input.Source"] = "Probation",
            ["Input.Referrer"] = "Probation officer",
            ["Input.ReferredOn"] = TestWorld.DaysAgo(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reason"] = "Referred after a risk review.",
            ["Input.Identity.GivenName"] = "\u202Eila",
            ["Input.Identity.FamilyName"] = "Test",
            ["Input.Gender"] = "NotRecorded",
        };

        var html = await PageSession.HtmlAsync(await page.PostAsync("/Participants/New", form));
        Assert.Contains("Right-to-left override and other directional formatting characters are not allowed.", html, StringComparison.Ordinal);

        form["Input.Identity.GivenName"] = "Ali";
        form["Input.Identity.DateOfBirth"] = "0001-01-01";
        html = await PageSession.HtmlAsync(await page.PostAsync("/Participants/New", form));
        Assert.Contains("The date of birth is more than 120 years ago.", html, StringComparison.Ordinal);
        Assert.Equal(participants, await world.DbAsync(db => db.Participants.CountAsync()));
    }

    private static string ReferralWith(TestWorld world, string patch)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(TestWorld.NewReferral(world.ProgramId), TestJson.Options))!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(patch)!.AsObject())
        {
            if (value is JsonObject nested && body[key] is JsonObject existing)
            {
                foreach (var (inner, innerValue) in nested)
                {
                    existing[inner] = innerValue?.DeepClone();
                }
            }
            else
            {
                body[key] = value?.DeepClone();
            }
        }

        return body.ToJsonString();
    }

    private static TheoryData<DatabaseProviderKind, string, string> Cross(params (string Patch, string Field)[] rows)
    {
        var data = new TheoryData<DatabaseProviderKind, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProviderKind>())
        {
            foreach (var (patch, field) in rows)
            {
                data.Add(provider, patch, field);
            }
        }

        return data;
    }
}
