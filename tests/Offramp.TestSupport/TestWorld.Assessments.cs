using System.Net;
using System.Text.Json.Nodes;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Stages;

namespace Offramp.TestSupport;

/// <summary>A participant ready for assessment: caseworker A's case with the psychologist and faith counsellor on the team.</summary>
public sealed record AssessedCase(Guid ParticipantId, string Code);

/// <summary>Assessment steps through the API: instruments as the organisation admin, ratings and consensus as the team.</summary>
public sealed partial class TestWorld
{
    public const string OpenInstrumentFile = "instruments/open-pathways-1.0.json";

    /// <summary>The shipped open instrument as a JSON object, renamed so that each test gets an instrument of its own.</summary>
    public static JsonObject OpenInstrument(string? name = null, string version = "1.0")
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), OpenInstrumentFile)))!.AsObject();
        json.Remove("$schema");
        json["name"] = name ?? $"Open Pathways {Guid.NewGuid():N}";
        json["version"] = version;
        return json;
    }

    /// <summary>Imports an instrument as the organisation admin and (unless told otherwise) publishes it; returns its id.</summary>
    public async Task<Guid> ImportInstrumentAsync(JsonObject definition, bool publish = true, Persona admin = Persona.OrganisationAdmin)
    {
        var client = Client(admin);
        var response = await client.SendRawJsonAsync(HttpMethod.Post, "/api/v1/admin/instruments", definition.ToJsonString()).ExpectAsync(HttpStatusCode.Created);
        var id = await response.ReadCreatedIdAsync();
        if (publish)
        {
            var version = (await client.GetAsync($"/api/v1/instruments/{id}").ExpectAsync(HttpStatusCode.OK)).ETagVersion();
            await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/admin/instruments/{id}/publication", ifMatch: version).ExpectAsync(HttpStatusCode.NoContent);
        }

        return id;
    }

    /// <summary>A new participant of caseworker A in assessment, with the psychologist and the faith counsellor on the team.</summary>
    public async Task<AssessedCase> AssessedCaseAsync(params Persona[] alsoOnTeam)
    {
        var participant = await RegisterParticipantAsync(Persona.CaseworkerA);
        foreach (var member in new[] { Persona.Psychologist, Persona.FaithCounsellor }.Concat(alsoOnTeam))
        {
            await AddToTeamAsync(participant.Id, member);
        }

        await WalkToAsync(participant.Id, Stage.Assessment);
        return new AssessedCase(participant.Id, participant.Code);
    }

    public async Task<Guid> OpenAssessmentAsync(Guid participantId, Guid instrumentId, Persona by = Persona.CaseworkerA, int daysAgo = 10,
        AssessmentKind kind = AssessmentKind.Baseline)
    {
        var command = new OpenAssessmentCommand { InstrumentId = instrumentId, Kind = kind, AssessedOn = DaysAgo(daysAgo) };
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/assessments", command).ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    /// <summary>Every item of the open instrument at one level, optionally with some items at others.</summary>
    public static SubmitRatingsCommand Ratings(string level = "partly", string judgement = "moderate", IReadOnlyDictionary<string, string>? overrides = null) => new()
    {
        Ratings = [.. OpenInstrumentItems.Select(key => new ItemRatingInput
        {
            ItemKey = key,
            Level = overrides?.GetValueOrDefault(key) ?? level,
            Evidence = $"Seen in sessions ({key}).",
            Rationale = $"Rated {overrides?.GetValueOrDefault(key) ?? level} because of what the team saw.",
        })],
        OverallJudgement = judgement,
        Formulation = "Needs for significance met partly through the group.",
    };

    public static ConsensusCommand Consensus(string level = "partly", string judgement = "moderate", IReadOnlyDictionary<string, string>? overrides = null) => new()
    {
        Items = [.. OpenInstrumentItems.Select(key => new ConsensusItemInput
        {
            ItemKey = key,
            Level = overrides?.GetValueOrDefault(key) ?? level,
            Rationale = "Agreed in the team review.",
            Disagreement = key == "SR1" ? "Psychologist saw more contact with the milieu than the counsellor." : null,
        })],
        OverallJudgement = judgement,
        Formulation = "The team agrees the person is moving away from the group but not yet settled.",
    };

    public static IReadOnlyList<string> OpenInstrumentItems { get; } =
        ["SR1", "SR2", "SR3", "CO1", "CO2", "ID1", "ID2", "IG1", "IG2", "AO1", "AO2", "NE1", "NE2", "NA1", "NA2", "NW1", "NW2"];

    public async Task<Guid> RateAsync(Guid participantId, Guid assessmentId, Persona rater, SubmitRatingsCommand? command = null)
    {
        var response = await Client(rater).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/assessments/{assessmentId}/ratings", command ?? Ratings())
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public async Task AgreeAsync(Guid participantId, Guid assessmentId, Persona by = Persona.Director, ConsensusCommand? command = null)
    {
        var url = $"/api/v1/participants/{participantId}/assessments/{assessmentId}";
        var version = (await Client(by).GetAsync(url).ExpectAsync(HttpStatusCode.OK)).ETagVersion();
        await Client(by).SendJsonAsync(HttpMethod.Post, $"{url}/consensus", command ?? Consensus(), version).ExpectAsync(HttpStatusCode.NoContent);
    }

    /// <summary>The repository root (where instruments/ lives), found from the test binaries upwards.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, OpenInstrumentFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"{OpenInstrumentFile} not found above {AppContext.BaseDirectory}.");
    }
}
