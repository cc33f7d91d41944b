using System.Net;
using System.Text.RegularExpressions;

using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Participants;

/// <summary>
/// More of what practitioners met every day (issue #16), through the pages: task lists name the person to those who may
/// see them and to no one else (#5); the plan's dose counts the sessions logged against no module (#6); "Change stage"
/// offers only the stages that can follow the current one (#6).
/// </summary>
public sealed class EverydayListsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Task_lists_name_the_participant_to_those_who_may_see_them_and_to_no_one_else(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Identity = new() { GivenName = "Samira", FamilyName = "Haddouchi" });
        await world.AddTaskAsync(Persona.CaseworkerA, "Book the housing appointment", participant.Id);
        // Caseworker B is not on the case team: a task about that person may reach them, the person's identity may not.
        await world.AddTaskAsync(Persona.CaseworkerB, "Pass the housing letter on", participant.Id);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        foreach (var path in new[] { "/", "/Worklist" })
        {
            var row = Row(await caseworker.GetPageAsync(path), "Book the housing appointment");
            Assert.Contains($"href=\"/Participants/Details/{participant.Id}\">{participant.Code}</a>", row, StringComparison.Ordinal);
            Assert.Contains("Samira Haddouchi", row, StringComparison.Ordinal);
        }

        using var outsider = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        foreach (var path in new[] { "/", "/Worklist" })
        {
            var page = await outsider.GetPageAsync(path);
            var row = Row(page, "Pass the housing letter on");
            Assert.DoesNotContain("Haddouchi", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Samira", page, StringComparison.Ordinal);
            Assert.DoesNotContain(participant.Code, row, StringComparison.Ordinal);
            Assert.DoesNotContain($"/Participants/Details/{participant.Id}", row, StringComparison.Ordinal);
            Assert.Contains("someone outside your cases", row, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Participants/Details/{participant.Id}")).Status);
    }

    [Theory]
    [BothProviders]
    public async Task The_plans_dose_counts_sessions_logged_without_a_module(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(10), "Mentoring", "Employment"));
        await world.LogSessionAsync(participant.Id, Persona.CaseworkerA);
        await world.LogSessionAsync(participant.Id, Persona.CaseworkerA);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var plan = await caseworker.GetPageAsync($"/Plans/{participant.Id}");

        // Two 60-minute sessions against no module: their own line, and in the total, never "0 / 20".
        var unlinked = PageSession.TextOf(PageSession.Section(plan, "data-testid=\"sessions-without-module\"", "</tr>"));
        Assert.Contains("Sessions not linked to a module", unlinked, StringComparison.Ordinal);
        Assert.Matches(@"\b2\b.*\b120\b", unlinked);
        var total = PageSession.TextOf(PageSession.Section(plan, "data-testid=\"dose-total\"", "</tr>"));
        Assert.Contains("2 / 20", total, StringComparison.Ordinal);
        Assert.Contains("120 / 1200", total, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Change_stage_offers_only_the_stages_that_can_follow(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        Assert.Equal(["Screening", "Declined", "Transferred"], Options(await caseworker.GetPageAsync($"/Participants/Stage?id={participant.Id}")));

        await world.WalkToAsync(participant.Id, Stage.Intervention);
        var later = Options(await caseworker.GetPageAsync($"/Participants/Stage?id={participant.Id}"));
        Assert.Contains("Transition", later);
        Assert.DoesNotContain("Screening", later);
        Assert.DoesNotContain("Intervention", later);
    }

    /// <summary>The table row (or list item) holding <paramref name="text"/>; fails when there is none.</summary>
    private static string Row(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no \"{text}\" on the page");
        var from = Math.Max(html.LastIndexOf("<tr", at, StringComparison.Ordinal), html.LastIndexOf("<li", at, StringComparison.Ordinal));
        var endRow = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        var endItem = html.IndexOf("</li>", at, StringComparison.Ordinal);
        var to = new[] { endRow, endItem }.Where(i => i >= 0).DefaultIfEmpty(html.Length).Min();
        return html[from..to];
    }

    /// <summary>The values of the stage choice's options.</summary>
    private static string[] Options(string html)
    {
        var select = PageSession.Section(html, "<select", "</select>");
        return [.. Regex.Matches(select, "<option value=\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value)];
    }
}
