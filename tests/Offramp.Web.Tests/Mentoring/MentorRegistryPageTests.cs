using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Mentoring;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Mentoring;

/// <summary>The mentor registry pages: the director adds and edits mentors of their program; caseworkers read the registry.</summary>
public sealed class MentorRegistryPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_director_adds_a_former_with_training_dates_then_edits_the_availability(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var director = await PageSession.SignInAsync(world, Persona.Director);
        var mentor = world.UserId(Persona.Mentor);
        var form = Profile(world, mentor);

        var added = await director.PostAsync($"/Mentors/Edit?program={world.ProgramId}", form);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, list) = await director.GetAsync("/Mentors");
        Assert.Contains("Former: Left the movement in 2019", list, StringComparison.Ordinal);
        Assert.Contains("Started 2025-01-06", PageSession.TextOf(list), StringComparison.Ordinal);
        Assert.Contains("Completed 2025-12-19", PageSession.TextOf(list), StringComparison.Ordinal);
        Assert.Contains($"/Mentors/Edit?program={world.ProgramId}&user={mentor}", list, StringComparison.Ordinal);

        var editPath = $"/Mentors/Edit?program={world.ProgramId}&user={mentor}";
        var (status, editForm) = await director.GetAsync(editPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"Arabic, Danish\"", editForm, StringComparison.Ordinal);
        form["Input.Availability"] = "Weekends only";
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(editPath, form)).StatusCode);
        var stored = await world.DbAsync(db => db.Set<MentorProfile>().AsNoTracking().SingleAsync(m => m.UserId == mentor && m.ProgramId == world.ProgramId));
        Assert.Equal(("Weekends only", MentorBackground.Former, new DateOnly(2025, 12, 19)), (stored.Availability, stored.Background, stored.TrainingCompletedOn!.Value));

        var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        (_, list) = await caseworker.GetAsync("/Mentors");
        Assert.Contains("Weekends only", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/Mentors/Edit", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/Mentors/Edit")).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Training_completed_before_it_started_is_a_field_message_and_nothing_is_stored(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var director = await PageSession.SignInAsync(world, Persona.Director);
        var mentor = world.UserId(Persona.Mentor);
        var form = Profile(world, mentor);
        form["Input.TrainingCompletedOn"] = "2024-12-01";
        var before = await RowCounts.TakeAsync(world);

        var refused = await PageSession.HtmlAsync(await director.PostAsync($"/Mentors/Edit?program={world.ProgramId}", form));

        Assert.Contains("Training cannot be completed before it started.", refused, StringComparison.Ordinal);
        Assert.Equal(before, await RowCounts.TakeAsync(world));
        Assert.False(await world.DbAsync(db => db.Set<MentorProfile>().AnyAsync(m => m.TrainingCompletedOn == new DateOnly(2024, 12, 1))));
    }

    private static Dictionary<string, string> Profile(TestWorld world, Guid mentor) => new()
    {
        ["Input.ProgramId"] = world.ProgramId.ToString(),
        ["Input.UserId"] = mentor.ToString(),
        ["Input.Background"] = nameof(MentorBackground.Former),
        ["Input.BackgroundNote"] = "Left the movement in 2019",
        ["Input.Languages"] = "Arabic, Danish",
        ["Input.TrainingCourse"] = "Mentor training, one year",
        ["Input.TrainingStartedOn"] = "2025-01-06",
        ["Input.TrainingCompletedOn"] = "2025-12-19",
        ["Input.Capacity"] = "3",
        ["Input.Availability"] = "Evenings",
        ["Input.Active"] = "true",
    };
}
