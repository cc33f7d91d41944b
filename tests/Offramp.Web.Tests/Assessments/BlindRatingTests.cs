using System.Net;
using System.Text.Json.Nodes;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Ratings;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>Raters rate independently: the API withholds others' ratings until the caller has submitted, and takes one submission each.</summary>
public sealed class BlindRatingTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_rater_sees_others_ratings_only_after_submitting_their_own(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, assessment) = await OpenAsync(world);
        await world.RateAsync(participant, assessment, Persona.Psychologist, TestWorld.Ratings("present", "high"));

        var blind = await ReadAsync(world, Persona.FaithCounsellor, participant, assessment);
        var hidden = blind["submissions"]!.AsArray().Single()!;
        Assert.Null(hidden["ratings"]);
        Assert.Null(hidden["overallJudgement"]);
        Assert.Null(hidden["formulation"]);
        Assert.False(blind["caller"]!["seesOthersRatings"]!.GetValue<bool>());

        // The caseworker (not a rater here) is blind too until the consensus; the director who chairs is not.
        Assert.Null((await ReadAsync(world, Persona.CaseworkerA, participant, assessment))["submissions"]![0]!["ratings"]);
        Assert.NotNull((await ReadAsync(world, Persona.Director, participant, assessment))["submissions"]![0]!["ratings"]);

        await world.RateAsync(participant, assessment, Persona.FaithCounsellor, TestWorld.Ratings("absent", "low"));
        var open = await ReadAsync(world, Persona.FaithCounsellor, participant, assessment);
        var psychologists = open["submissions"]!.AsArray().Single(s => s!["raterRole"]!.GetValue<string>() == "Psychologist")!;
        Assert.Equal("high", psychologists["overallJudgement"]!.GetValue<string>());
        Assert.Equal("present", psychologists["ratings"]![0]!["level"]!.GetValue<string>());
        Assert.Equal("Seen in sessions (SR1).", psychologists["ratings"]![0]!["evidence"]!.GetValue<string>());
    }

    [Theory]
    [BothProviders]
    public async Task Each_rater_submits_once_and_bad_ratings_change_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, assessment) = await OpenAsync(world);
        var url = $"/api/v1/participants/{participant}/assessments/{assessment}/ratings";
        var client = world.Client(Persona.Psychologist);

        var offScale = TestWorld.Ratings(overrides: new Dictionary<string, string> { ["CO1"] = "extreme" });
        var problem = await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, offScale), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not on the scale", problem.ErrorsFor("Ratings[3].Level")[0], StringComparison.Ordinal);

        var incomplete = TestWorld.Ratings();
        incomplete.Ratings.RemoveAt(0);
        Assert.Contains("SR1", (await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, incomplete), HttpStatusCode.UnprocessableEntity)).ErrorsFor("Ratings")[0], StringComparison.Ordinal);

        var badJudgement = TestWorld.Ratings(judgement: "very high");
        await ProblemJson.ReadAsync(await client.SendJsonAsync(HttpMethod.Post, url, badJudgement), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await world.DbAsync(db => db.Set<RaterSubmission>().CountAsync(s => s.AssessmentId == assessment)));

        // "Unknown / could not rate" is an answer, distinct from "absent".
        await world.RateAsync(participant, assessment, Persona.Psychologist, TestWorld.Ratings(overrides: new Dictionary<string, string> { ["AO1"] = "unknown", ["AO2"] = "absent" }));
        var second = await client.SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings());
        Assert.Contains("already submitted", (await ProblemJson.ReadAsync(second, HttpStatusCode.Conflict)).Detail, StringComparison.Ordinal);
        var levels = await world.DbAsync(db => db.Set<ItemRating>().AsNoTracking().Where(r => r.ItemKey == "AO1" || r.ItemKey == "AO2")
            .Join(db.Set<RaterSubmission>().Where(s => s.AssessmentId == assessment), r => r.SubmissionId, s => s.Id, (r, s) => r.Level).ToListAsync());
        Assert.Equal(["absent", "unknown"], levels.Order(StringComparer.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Mentors_rate_only_where_the_program_allows_and_caseworkers_by_default_not_at_all(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, assessment) = await OpenAsync(world, Persona.Mentor);
        var url = $"/api/v1/participants/{participant}/assessments/{assessment}/ratings";

        await ProblemJson.ReadAsync(await world.Client(Persona.Mentor).SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings()), HttpStatusCode.Forbidden);
        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings()), HttpStatusCode.Forbidden);
        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerB).SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings()), HttpStatusCode.NotFound);

        await SettingsAsync(world, new { MentorsMayRate = true, CaseworkersMayRate = false, Rhythms = Array.Empty<object>() });
        try
        {
            await world.RateAsync(participant, assessment, Persona.Mentor);
        }
        finally
        {
            await SettingsAsync(world, new { MentorsMayRate = false, CaseworkersMayRate = false, Rhythms = Array.Empty<object>() });
        }
    }

    [Theory]
    [BothProviders]
    public async Task An_instrument_that_requires_certification_is_rated_only_by_certified_assessors(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        definition["requiresCertification"] = true;
        var instrument = await world.ImportInstrumentAsync(definition);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var assessment = await world.OpenAssessmentAsync(participant, instrument);
        var url = $"/api/v1/participants/{participant}/assessments/{assessment}/ratings";
        var admin = world.Client(Persona.OrganisationAdmin);
        var name = definition["name"]!.GetValue<string>();

        await ProblemJson.ReadAsync(await world.Client(Persona.Psychologist).SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings()), HttpStatusCode.Forbidden);
        await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/admin/certifications", new
        {
            UserId = world.UserId(Persona.Psychologist),
            InstrumentName = name,
            CertifiedOn = TestWorld.DaysAgo(800),
            ValidUntil = TestWorld.DaysAgo(30),
        }).ExpectAsync(HttpStatusCode.Created);
        await ProblemJson.ReadAsync(await world.Client(Persona.Psychologist).SendJsonAsync(HttpMethod.Post, url, TestWorld.Ratings()), HttpStatusCode.Forbidden);
        await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/admin/certifications", new
        {
            UserId = world.UserId(Persona.Psychologist),
            InstrumentName = name,
            CertifiedOn = TestWorld.DaysAgo(20),
            ValidUntil = TestWorld.Today.AddYears(2),
        }).ExpectAsync(HttpStatusCode.Created);

        await world.RateAsync(participant, assessment, Persona.Psychologist);
    }

    internal static async Task<(Guid Participant, Guid Assessment)> OpenAsync(TestWorld world, params Persona[] alsoOnTeam)
    {
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var participant = (await world.AssessedCaseAsync(alsoOnTeam)).ParticipantId;
        return (participant, await world.OpenAssessmentAsync(participant, instrument));
    }

    internal static async Task<JsonNode> ReadAsync(TestWorld world, Persona persona, Guid participant, Guid assessment)
    {
        var response = await world.Client(persona).GetAsync($"/api/v1/participants/{participant}/assessments/{assessment}").ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task SettingsAsync(TestWorld world, object settings)
    {
        var url = $"/api/v1/programs/{world.ProgramId}/assessment-settings";
        var version = (await world.Client(Persona.Director).GetAsync(url).ExpectAsync(HttpStatusCode.OK)).ETagVersion();
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Put, url, settings, version).ExpectAsync(HttpStatusCode.NoContent);
    }
}
