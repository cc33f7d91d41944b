using System.Net;
using System.Text.Json.Nodes;

using Offramp.Core.Assessments.Ratings;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>
/// The agreement API matches ratings to items by their lineage, as the agreement page does: an item renamed in a later
/// version of the instrument keeps the ratings made under its old key and its new one.
/// </summary>
public sealed class AgreementAcrossVersionsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_item_renamed_in_a_later_version_keeps_its_ratings_from_both_versions(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var name = $"Renamed {Guid.NewGuid():N}";
        var v1 = await world.ImportInstrumentAsync(TestWorld.OpenInstrument(name));
        var next = TestWorld.OpenInstrument(name, "2.0");
        next["domains"]![0]!["items"]![0]!["key"] = "SR1-milieu";
        next["basedOn"] = new JsonObject { ["version"] = "1.0", ["items"] = new JsonObject { ["SR1-milieu"] = "SR1" } };
        var v2 = await world.ImportInstrumentAsync(next);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;

        // Two assessments on 1.0 and two on 2.0, each rated by the psychologist and the counsellor: the same on SR1 three times out of four.
        var plan = new[] { (v1, "present", "present"), (v1, "partly", "partly"), (v2, "absent", "absent"), (v2, "present", "partly") };
        for (var i = 0; i < plan.Length; i++)
        {
            var (version, first, second) = plan[i];
            var assessment = await world.OpenAssessmentAsync(participant, version, daysAgo: 40 - i);
            await world.RateAsync(participant, assessment, Persona.Psychologist, Sr1(version == v2, first));
            await world.RateAsync(participant, assessment, Persona.FaithCounsellor, Sr1(version == v2, second));
        }

        var response = await world.Client(Persona.Evaluator)
            .GetAsync($"/api/v1/programs/{world.ProgramId}/assessment-agreement?instrument={Uri.EscapeDataString(name)}").ExpectAsync(HttpStatusCode.OK);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var items = report["items"]!.AsArray();
        Assert.Equal(TestWorld.OpenInstrumentItems.Count, items.Count);
        var sr1 = items.Single(i => i!["key"]!.GetValue<string>() == "SR1")!["agreement"]!;
        Assert.Equal(4, sr1["completeSubjects"]!.GetValue<int>());
        Assert.Equal(75.0, sr1["percentAgreement"]!.GetValue<double>(), 9);
        Assert.DoesNotContain(items, i => i!["key"]!.GetValue<string>() == "SR1-milieu");
        var sr2 = items.Single(i => i!["key"]!.GetValue<string>() == "SR2")!["agreement"]!;
        Assert.Equal(4, sr2["completeSubjects"]!.GetValue<int>());
    }

    /// <summary>Every item "partly", SR1 at <paramref name="level"/>, under the key the version gives it.</summary>
    private static SubmitRatingsCommand Sr1(bool renamed, string level)
    {
        var command = TestWorld.Ratings("partly", overrides: new Dictionary<string, string> { ["SR1"] = level });
        if (renamed)
        {
            command.Ratings.Single(r => r.ItemKey == "SR1").ItemKey = "SR1-milieu";
        }

        return command;
    }
}
