using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Plans;

/// <summary>
/// The plan page has two forms, as the transition page has, and both pages post them one way: only the posted form is
/// judged. The plan page used to judge the form that was not posted too, which the binder fills from unprefixed fields,
/// so a stray field refused a valid review with a message about a field the caseworker never saw.
/// </summary>
public sealed class PlanPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_review_posted_from_the_page_is_judged_on_its_own_fields_only(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(10), "Mentoring"));
        var goals = (await world.GetPlanAsync(participant.Id)).Goals;
        var reviewedOn = TestWorld.DaysAgo(1);
        using var browser = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var fields = new Dictionary<string, string>
        {
            ["Review.ReviewedOn"] = reviewedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Review.Summary"] = "Steady.",
            ["StartedOn"] = "not a date",
        };
        foreach (var goal in goals)
        {
            fields[$"Review.Progress[{goal.Id}]"] = "SomeProgress";
        }

        var answer = await browser.PostAsync($"/Plans/{participant.Id}", fields, handler: "Review");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(reviewedOn.AddMonths(3), (await world.GetPlanAsync(participant.Id)).NextReviewOn);
    }
}
