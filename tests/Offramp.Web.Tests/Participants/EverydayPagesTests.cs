using System.Net;
using System.Text.RegularExpressions;

using Offramp.Core.Justice;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Participants;

/// <summary>
/// What practitioners met every day (issue #16), through the pages: the participant page shows that person's open
/// tasks, actions that follow the stage, a timeline with a legend, a filter and an "ahead" section; the session form
/// ticks the writer's own name; menus offer only doors that open; the disclosure register fits and links its codes.
/// </summary>
public sealed class EverydayPagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_participant_page_shows_their_own_tasks_actions_that_follow_the_stage_and_a_timeline_with_legend_and_ahead(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var other = await world.RegisterParticipantAsync();
        await world.AddTaskAsync(Persona.CaseworkerA, "Call the housing office about the flat", participant.Id);
        await world.AddTaskAsync(Persona.CaseworkerA, "Ring the probation officer for the other one", other.Id);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var (status, referred) = await caseworker.GetAsync($"/Participants/Details/{participant.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        var tasks = PageSession.Section(referred, "data-testid=\"participant-tasks\"", "</section>");
        Assert.Contains("id=\"tasks-h\"", tasks, StringComparison.Ordinal);
        Assert.Contains("Call the housing office about the flat", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("Ring the probation officer for the other one", referred, StringComparison.Ordinal);

        // Just referred: nothing to transition, and no session before consent.
        Assert.DoesNotContain($"/Transition/{participant.Id}", referred, StringComparison.Ordinal);
        Assert.DoesNotContain("Transition and aftercare", referred, StringComparison.Ordinal);
        Assert.DoesNotContain("Log session", referred, StringComparison.Ordinal);
        Assert.DoesNotContain("/Participants/Session", referred, StringComparison.Ordinal);

        await world.WalkToAsync(participant.Id, Stage.Consented);
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.CustodyStart, TestWorld.DaysAgo(10));
        await world.AddJusticeEventAsync(participant.Id, JusticeEventKind.ExpectedRelease, TestWorld.Today.AddDays(90));
        var consented = (await caseworker.GetAsync($"/Participants/Details/{participant.Id}")).Html;

        Assert.Contains("Log session", PageSession.Section(consented, "class=\"actions\"", "</div>"), StringComparison.Ordinal);
        Assert.Contains($"/Transition/{participant.Id}", consented, StringComparison.Ordinal);

        // The future in its own section, above the past.
        var ahead = PageSession.Section(consented, "data-testid=\"timeline-ahead\"", "</ol>");
        var past = PageSession.Section(consented, "data-testid=\"timeline\"", "</ol>");
        Assert.True(consented.IndexOf("data-testid=\"timeline-ahead\"", StringComparison.Ordinal) < consented.IndexOf("data-testid=\"timeline\"", StringComparison.Ordinal));
        Assert.Contains("Expected release", ahead, StringComparison.Ordinal);
        Assert.DoesNotContain("Custody start", ahead, StringComparison.Ordinal);
        Assert.Contains("Custody start", past, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected release", past, StringComparison.Ordinal);
        Assert.Contains("Consent given", past, StringComparison.Ordinal);

        // A legend for the coloured dots, which also filters by kind.
        var legend = PageSession.Section(consented, "class=\"timeline-filter\"", "</nav>");
        foreach (var (kind, word) in new[] { ("stage", "Stages, referral and consent"), ("justice", "Justice events"), ("session", "Sessions") })
        {
            Assert.Matches($"href=\"/Participants/Details/{participant.Id}\\?show={kind}\"[^>]*><span class=\"dot {kind}\" aria-hidden=\"true\"></span> {word}</a>", legend);
        }

        var justiceOnly = PageSession.Section((await caseworker.GetAsync($"/Participants/Details/{participant.Id}?show=justice")).Html, "data-testid=\"timeline\"", "</ol>");
        Assert.Contains("Custody start", justiceOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("Consent given", justiceOnly, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_session_form_ticks_the_writers_own_name_among_staff_who_attended_and_nobody_elses(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        await world.WalkToAsync(participant.Id, Stage.Consented);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var form = await caseworker.GetPageAsync($"/Participants/Session?id={participant.Id}");

        Assert.Contains("Staff who attended", form, StringComparison.Ordinal);
        var me = Checkbox(form, $"att-{world.UserId(Persona.CaseworkerA)}");
        var mentor = Checkbox(form, $"att-{world.UserId(Persona.Mentor)}");
        Assert.Contains("checked", me, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", mentor, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", Checkbox(form, $"fac-{world.UserId(Persona.CaseworkerA)}"), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Evaluation_is_in_the_menu_only_for_those_with_a_program_to_evaluate_and_api_tokens_sit_in_the_account_menu(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);

        foreach (var (persona, evaluates) in new[] { (Persona.CaseworkerA, false), (Persona.Mentor, false), (Persona.Evaluator, true), (Persona.Director, true) })
        {
            using var session = await PageSession.SignInAsync(world, persona);
            var home = await session.GetPageAsync("/Catalogue");
            var main = PageSession.Section(home, "<nav aria-label=\"Main\">", "</nav>");
            var account = PageSession.Section(home, "<details class=\"menu-group who\">", "</details>");

            Assert.Equal(evaluates, main.Contains("href=\"/Evaluation\"", StringComparison.Ordinal));
            Assert.Equal(evaluates, main.Contains("<summary>Evaluation</summary>", StringComparison.Ordinal));
            Assert.DoesNotContain("/Settings/Tokens", main, StringComparison.Ordinal);
            Assert.Contains("href=\"/Settings/Tokens\"", account, StringComparison.Ordinal);
            Assert.Contains("API tokens", account, StringComparison.Ordinal);
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_disclosure_register_shortens_the_hash_and_links_the_participant_code_to_their_page(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var command = TestWorld.NewDisclosure();
        command.LegalBasis = "Everyday register check, s.29";
        await world.SendDisclosureAsync(participant.Id, command, stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director)).ExpectAsync(HttpStatusCode.Created);

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var (status, html) = await director.GetAsync("/Safeguarding/Registry");

        Assert.Equal(HttpStatusCode.OK, status);
        var table = PageSession.Section(html, "data-testid=\"disclosure-registry\"", "</table>");
        Assert.Contains("Everyday register check, s.29", table, StringComparison.Ordinal);

        // The whole hash is one hover away, never a cell's text.
        var hash = Regex.Match(table, "<code title=\"([0-9a-f]{64})\">([0-9a-f]+)…</code>");
        Assert.True(hash.Success, "no shortened hash with the whole of it in its title");
        Assert.Equal(hash.Groups[1].Value[..12], hash.Groups[2].Value);
        Assert.DoesNotMatch(">\\s*[0-9a-f]{64}", table);

        // The code leads to the participant's page.
        Assert.Contains($"<a class=\"code\" href=\"/Participants/Details/{participant.Id}\">{participant.Code}</a>", table, StringComparison.Ordinal);
        var (detailsStatus, details) = await director.GetAsync($"/Participants/Details/{participant.Id}");
        Assert.Equal(HttpStatusCode.OK, detailsStatus);
        Assert.Contains($"data-testid=\"participant-code\">{participant.Code}<", details, StringComparison.Ordinal);
    }

    /// <summary>The input tag whose id is <paramref name="id"/>.</summary>
    private static string Checkbox(string html, string id)
    {
        var input = Regex.Match(html, $"<input[^>]*id=\"{Regex.Escape(id)}\"[^>]*>");
        Assert.True(input.Success, $"no checkbox {id}");
        return input.Value;
    }
}
