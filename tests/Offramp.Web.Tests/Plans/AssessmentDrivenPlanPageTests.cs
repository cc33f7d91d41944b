using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Offramp.Core.Plans;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Plans;

/// <summary>
/// The plan page for an assessment-driven template: before the plan, each module of the template with the words for
/// why it is (or is not) proposed and the agreed ratings behind it; a module added against the proposal needs a
/// reason, asked for next to it; the written plan shows why each module is in it.
/// </summary>
public sealed partial class AssessmentDrivenPlanPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_page_shows_each_modules_reason_and_asks_for_one_to_add_a_module_that_is_not_indicated(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await AssessmentDrivenPlanTests.UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        await AssessmentDrivenPlanTests.AgreedAsync(world, participant, instrument, 10, AssessmentDrivenPlanTests.Ratings(AssessmentDrivenPlanTests.HandWorked));
        await world.WriteFormulationAsync(participant);
        using var browser = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Plans/{participant}"));

        var rows = ProposedRow().Matches(html).Select(m => (Indication: m.Groups[1].Value, Html: m.Value)).ToList();
        Assert.Equal(AssessmentDrivenPlanTests.Expected.Select(e => e.Indication.ToString()), rows.Select(r => r.Indication));
        var foundation = rows[1].Html;
        Assert.Contains("Foundation", foundation, StringComparison.Ordinal);
        Assert.Contains("Indicated by the assessment: taken into the plan", foundation, StringComparison.Ordinal);
        Assert.Contains("Needs, NE1 “A strong unmet need for significance, respect or meaning.”: rated <strong>Partly or possibly present</strong>", foundation, StringComparison.Ordinal);
        Assert.Contains("indicated at this level or above: Partly or possibly present", foundation, StringComparison.Ordinal);
        Assert.Contains("Offered to every participant", rows[0].Html, StringComparison.Ordinal);
        Assert.Contains("Not indicated by the assessment", rows[2].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("NotIndicated<", html, StringComparison.Ordinal);
        Assert.Contains("Add it by professional judgement", rows[2].Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add it by professional judgement", foundation, StringComparison.Ordinal);
        Assert.Contains("Proposed from the agreed assessment on Open Pathways Review of", html, StringComparison.Ordinal);

        // Mindfulness is the first module not proposed: row 0 of the choices.
        var mindfulness = ChoiceId().Match(html).Groups[1].Value;
        Assert.Contains($"value=\"{mindfulness}\"", rows[2].Html, StringComparison.Ordinal);
        var fields = PlanFields(mindfulness, reason: "");
        var refused = await PageSession.HtmlAsync(await browser.PostAsync($"/Plans/{participant}", fields, handler: "Create"));
        Assert.Contains("Say why you add a module the assessment does not indicate", refused, StringComparison.Ordinal);
        Assert.Null(await TryPlanAsync(world, participant));

        var reason = "Struggles with anger since the hearing.";
        var saved = await browser.PostAsync($"/Plans/{participant}", PlanFields(mindfulness, reason), handler: "Create");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plan = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Plans/{participant}"));
        var modules = PlanRow().Matches(plan).Select(m => (Basis: m.Groups[1].Value, Html: m.Value)).ToList();
        Assert.Equal(["Template", "Indicated", "Judgement", "Indicated", "Indicated", "Indicated"], modules.Select(m => m.Basis));
        Assert.Contains("Added by professional judgement", modules[2].Html, StringComparison.Ordinal);
        Assert.Contains(reason, modules[2].Html, StringComparison.Ordinal);
        Assert.Contains("Indicated by the agreed assessment", modules[1].Html, StringComparison.Ordinal);
        Assert.Contains("NE1", modules[1].Html, StringComparison.Ordinal);
        Assert.Contains("From the program's template", modules[0].Html, StringComparison.Ordinal);
        Assert.Contains("The plan's modules match what the latest agreed assessment indicates.", plan, StringComparison.Ordinal);
        Assert.Equal(PlanModuleBasis.Judgement, (await world.GetPlanAsync(participant)).Modules.Single(m => m.Name == "Mindfulness").Basis);

        // For the review: a newer agreed assessment that indicates Self-image and no longer Foundation is shown against the plan.
        await AssessmentDrivenPlanTests.AgreedAsync(world, participant, instrument, 1,
            AssessmentDrivenPlanTests.Ratings([.. AssessmentDrivenPlanTests.HandWorked.Where(h => h.Item != "NE1"), ("NA2", "absent")]));
        var review = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Plans/{participant}"));
        var now = NowRow().Matches(review).Select(m => m.Value).ToList();
        Assert.Equal(2, now.Count);
        Assert.Contains("<strong>Foundation</strong>: in the plan, no longer indicated", now[0], StringComparison.Ordinal);
        Assert.Contains("<strong>Self-image</strong>: indicated, not in the plan", now[1], StringComparison.Ordinal);
        Assert.Contains("NA2", now[1], StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Without_an_agreed_assessment_the_page_says_so_before_anything_is_written(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await AssessmentDrivenPlanTests.UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        await world.WriteFormulationAsync(participant);
        using var browser = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/Plans/{participant}"));
        Assert.Contains("There is no agreed assessment on Open Pathways Review for this participant yet", html, StringComparison.Ordinal);
        Assert.Equal(7, ProposedRow().Matches(html).Count(m => m.Groups[1].Value == "NotAssessed"));

        var refused = await PageSession.HtmlAsync(await browser.PostAsync($"/Plans/{participant}", PlanFields(null, null), handler: "Create"));
        Assert.Contains("no agreed assessment on Open Pathways Review", refused, StringComparison.Ordinal);
        Assert.Null(await TryPlanAsync(world, participant));
    }

    private static Dictionary<string, string> PlanFields(string? choice, string? reason)
    {
        var fields = new Dictionary<string, string>
        {
            ["NewPlan.StartedOn"] = TestWorld.DaysAgo(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["NewPlan.Goals[0].Description"] = "Find work.",
            ["NewPlan.Goals[0].Area"] = "Needs",
        };
        if (choice is not null)
        {
            fields["NewPlan.Choices[0].TemplateModuleId"] = choice;
            fields["NewPlan.Choices[0].Add"] = "true";
            fields["NewPlan.Choices[0].Reason"] = reason ?? "";
        }

        return fields;
    }

    private static async Task<HttpStatusCode?> TryPlanAsync(TestWorld world, Guid participant)
    {
        var response = await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant}/plan");
        return response.StatusCode == HttpStatusCode.NotFound ? null : response.StatusCode;
    }

    [GeneratedRegex("<tr data-testid=\"proposed-module\" data-indication=\"([A-Za-z]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex ProposedRow();

    [GeneratedRegex("<tr data-testid=\"plan-module\" data-basis=\"([A-Za-z]*)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex PlanRow();

    [GeneratedRegex("<li data-testid=\"indicated-now-module\">.*?</ul>\\s*</li>", RegexOptions.Singleline)]
    private static partial Regex NowRow();

    [GeneratedRegex("name=\"NewPlan.Choices\\[0\\].TemplateModuleId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex ChoiceId();
}
