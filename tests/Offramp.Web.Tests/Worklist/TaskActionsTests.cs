using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Worklist;

/// <summary>
/// What the home page and the worklist let people do with a task, through the pages: the urgent first, a task that
/// stands for a record closed only by making the record, and "done" on any other task with an undo.
/// </summary>
public sealed class TaskActionsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_concern_heads_the_directors_home_and_is_closed_only_by_deciding_on_it(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        await world.RaiseConcernAsync(participant.Id, Persona.Mentor);
        await world.CreatePlanAsync(participant.Id);
        var code = await world.DbAsync(db => db.Participants.Where(p => p.Id == participant.Id).Select(p => p.Code).SingleAsync());

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var home = WebUtility.HtmlDecode(await director.GetPageAsync("/"));
        var urgent = home.IndexOf("data-testid=\"urgent\"", StringComparison.Ordinal);
        Assert.True(urgent > 0, "no urgent section");
        var routine = home.IndexOf("data-testid=\"worklist\"", StringComparison.Ordinal);
        Assert.True(routine < 0 || urgent < routine, "the urgent section is not above the routine tasks");
        var section = home[urgent..(routine < 0 ? home.Length : routine)];
        Assert.Contains(code, section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Safeguarding/Disclosure/{participant.Id}\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Complete", section, StringComparison.Ordinal);

        // Posting "done" by hand anyway is refused, and the task stays open.
        var task = await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().SingleAsync(t => t.ParticipantId == participant.Id && t.Kind == TaskKinds.Concern));
        var refused = await director.PostAsync("/Worklist/Task", new() { ["TaskId"] = task.Id.ToString(), ["TaskVersion"] = task.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ReturnUrl"] = "/" }, "Complete", formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("closes when what it stands for is recorded", WebUtility.HtmlDecode(await director.GetPageAsync("/")), StringComparison.Ordinal);
        Assert.Equal(CaseTaskStatus.Open, await world.DbAsync(db => db.Set<CaseTask>().Where(t => t.Id == task.Id).Select(t => t.Status).SingleAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task Done_names_the_task_and_can_be_undone_by_the_same_person_the_same_day(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var taskId = await world.AddTaskAsync(Persona.CaseworkerA, "Call the housing office", participant.Id);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var worklist = WebUtility.HtmlDecode(await caseworker.GetPageAsync("/Worklist"));
        Assert.Contains("Call the housing office", worklist, StringComparison.Ordinal);
        Assert.Contains($"value=\"{taskId}\"", worklist, StringComparison.Ordinal);

        var version = await world.DbAsync(db => db.Set<CaseTask>().Where(t => t.Id == taskId).Select(t => t.Version).SingleAsync());
        var done = await caseworker.PostAsync("/Worklist/Task", new() { ["TaskId"] = taskId.ToString(), ["TaskVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = "Call the housing office", ["ReturnUrl"] = "/Worklist" }, "Complete", formPage: "/Worklist");
        Assert.Equal("/Worklist", done.Headers.Location?.OriginalString);
        var notice = WebUtility.HtmlDecode(await caseworker.GetPageAsync("/Worklist"));
        Assert.Contains("Marked as done: Call the housing office.", notice, StringComparison.Ordinal);
        Assert.Equal(CaseTaskStatus.Done, await StatusAsync(world, taskId));

        // A colleague cannot put someone else's task back; its owner can.
        using var colleague = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        var stranger = await colleague.PostAsync("/Worklist/Task", new() { ["TaskId"] = taskId.ToString(), ["ReturnUrl"] = "/Worklist" }, "Reopen", formPage: "/Worklist");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(CaseTaskStatus.Done, await StatusAsync(world, taskId));

        var undone = await caseworker.PostAsync("/Worklist/Task", new() { ["TaskId"] = taskId.ToString(), ["ReturnUrl"] = "/Worklist" }, "Reopen", formPage: "/Worklist");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(CaseTaskStatus.Open, await StatusAsync(world, taskId));
        Assert.Equal(1, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == taskId && e.Detail == "reopened general")));
    }

    private static Task<CaseTaskStatus> StatusAsync(TestWorld world, Guid taskId) =>
        world.DbAsync(db => db.Set<CaseTask>().Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync());
}
