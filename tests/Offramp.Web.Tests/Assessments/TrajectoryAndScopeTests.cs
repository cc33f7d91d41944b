using System.Net;
using System.Text.Json.Nodes;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>Trajectories and "what changed" follow items across versions; scope and de-identification hold for every reader.</summary>
public sealed class TrajectoryAndScopeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task What_changed_matches_items_across_versions_and_says_who_rated_and_why(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var name = $"Versioned {Guid.NewGuid():N}";
        var v1 = await world.ImportInstrumentAsync(TestWorld.OpenInstrument(name));
        var next = TestWorld.OpenInstrument(name, "2.0");
        next["domains"]![0]!["items"]![1]!["key"] = "SR2-support";
        next["basedOn"] = new JsonObject { ["version"] = "1.0", ["items"] = new JsonObject { ["SR2-support"] = "SR2" } };
        var v2 = await world.ImportInstrumentAsync(next);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;

        var before = await world.OpenAssessmentAsync(participant, v1, daysAgo: 40);
        await world.RateAsync(participant, before, Persona.Psychologist, TestWorld.Ratings("partly", overrides: new Dictionary<string, string> { ["SR2"] = "present" }));
        await world.AgreeAsync(participant, before, command: TestWorld.Consensus("partly", overrides: new Dictionary<string, string> { ["SR2"] = "present" }));
        var after = await world.OpenAssessmentAsync(participant, v2, daysAgo: 5);
        var renamed = TestWorld.Ratings("partly", overrides: new Dictionary<string, string> { ["SR2"] = "absent" });
        renamed.Ratings.Single(r => r.ItemKey == "SR2").ItemKey = "SR2-support";
        await world.RateAsync(participant, after, Persona.FaithCounsellor, renamed);
        var agreed = TestWorld.Consensus("partly", overrides: new Dictionary<string, string> { ["SR2"] = "absent" });
        agreed.Items.Single(i => i.ItemKey == "SR2").ItemKey = "SR2-support";
        await world.AgreeAsync(participant, after, command: agreed);

        var changes = await GetJsonAsync(world, Persona.CaseworkerA, $"/api/v1/participants/{participant}/assessments/changes?from={before}&to={after}");
        var items = changes["items"]!.AsArray();
        var sr2 = items.Single(i => i!["rootKey"]!.GetValue<string>() == "SR2")!;
        Assert.True(sr2["changed"]!.GetValue<bool>());
        Assert.Equal("present", sr2["from"]!["level"]!.GetValue<string>());
        Assert.Equal("SR2-support", sr2["to"]!["itemKey"]!.GetValue<string>());
        Assert.Equal("FaithCounsellor", sr2["to"]!["raters"]![0]!["role"]!.GetValue<string>());
        Assert.Equal("Rated absent because of what the team saw.", sr2["to"]!["raters"]![0]!["rationale"]!.GetValue<string>());
        Assert.Single(items, i => i!["changed"]!.GetValue<bool>());

        var trajectory = await GetJsonAsync(world, Persona.Psychologist, $"/api/v1/participants/{participant}/assessments/trajectory?instrument={Uri.EscapeDataString(name)}");
        var points = trajectory["domains"]![0]!["items"]!.AsArray().Single(i => i!["rootKey"]!.GetValue<string>() == "SR2")!["points"]!.AsArray();
        Assert.Equal([2, 0], points.Select(p => p!["levelIndex"]!.GetValue<int>()));
    }

    [Theory]
    [BothProviders]
    public async Task Assessments_are_in_scope_only_for_the_case_and_evaluators_get_agreement_without_identities(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var definition = TestWorld.OpenInstrument();
        var name = definition["name"]!.GetValue<string>();
        var instrument = await world.ImportInstrumentAsync(definition);
        var participant = await world.AssessedCaseAsync();
        for (var i = 0; i < 3; i++)
        {
            var assessment = await world.OpenAssessmentAsync(participant.ParticipantId, instrument, daysAgo: 30 - i);
            await world.RateAsync(participant.ParticipantId, assessment, Persona.Psychologist, TestWorld.Ratings(i == 0 ? "present" : "partly"));
            await world.RateAsync(participant.ParticipantId, assessment, Persona.FaithCounsellor, TestWorld.Ratings("partly"));
        }

        var list = $"/api/v1/participants/{participant.ParticipantId}/assessments";
        foreach (var outsider in new[] { Persona.CaseworkerB, Persona.Evaluator, Persona.OrganisationAdmin, Persona.Auditor, Persona.OtherOrganisationDirector })
        {
            await ProblemJson.ReadAsync(await world.Client(outsider).GetAsync(list), HttpStatusCode.NotFound);
        }

        var agreementUrl = $"/api/v1/programs/{world.ProgramId}/assessment-agreement?instrument={Uri.EscapeDataString(name)}";
        var response = await world.Client(Persona.Evaluator).GetAsync(agreementUrl).ExpectAsync(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var report = JsonNode.Parse(text)!;
        Assert.Equal(3, report["assessments"]!.GetValue<int>());
        var sr1 = report["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == "SR1")!["agreement"]!;
        Assert.Equal(2, sr1["raters"]!.GetValue<int>());
        Assert.Equal(100.0 * 2 / 3, sr1["percentAgreement"]!.GetValue<double>(), 9);
        foreach (var identity in new[] { participant.Code, participant.ParticipantId.ToString(), "Psychologist", "FaithCounsellor", "Test" })
        {
            Assert.DoesNotContain(identity, text, StringComparison.Ordinal);
        }

        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).GetAsync(agreementUrl), HttpStatusCode.NotFound);
        await ProblemJson.ReadAsync(await world.Client(Persona.OtherOrganisationDirector).GetAsync(agreementUrl), HttpStatusCode.NotFound);
    }

    private static async Task<JsonNode> GetJsonAsync(TestWorld world, Persona persona, string url)
    {
        var response = await world.Client(persona).GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
