using System.Net;

using Offramp.Core.Audit;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Worklist;

/// <summary>
/// The start page's urgent section counts every urgent task the caller may see, whatever its audience, and lists the
/// soonest due first; the urgent are read in one query with the kind tested in each audience's part, so this pins what
/// that query must still answer: the exact count, the order, and nothing outside the caller's programs.
/// </summary>
public sealed class UrgentTasksHomeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_directors_home_counts_every_urgent_task_in_scope_and_lists_the_soonest_due_first(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        var director = world.UserId(Persona.Director);
        var today = TestWorld.Today;
        // Inserted latest first, so an answer in insertion order would show the wrong twenty.
        var tasks = Enumerable.Range(1, 20).Reverse()
            .Select(day => NewTask(world, world.ProgramId, TaskKinds.Alert, $"Urgent alert day {day:00}", today.AddDays(day), TaskAudience.ProgramDirectors))
            .Append(NewTask(world, world.ProgramId, TaskKinds.Concern, "Team concern overdue", today.AddDays(-5), TaskAudience.CaseTeam, participant.Id))
            .Append(NewTask(world, world.ProgramId, TaskKinds.AccessReview, "Own access review", today.AddDays(25), TaskAudience.User, assignedTo: director))
            // Not urgent, not the director's, done, or beyond the 30 days: none of these counts.
            .Append(NewTask(world, world.ProgramId, TaskKinds.FollowUp, "Routine follow-up", today.AddDays(-10), TaskAudience.CaseTeam, participant.Id))
            .Append(NewTask(world, world.SecondProgramId, TaskKinds.Alert, "Alert in a program not directed", today, TaskAudience.ProgramDirectors))
            .Append(NewTask(world, world.ProgramId, TaskKinds.Alert, "Alert for someone else", today, TaskAudience.User, assignedTo: world.UserId(Persona.CaseworkerB)))
            .Append(NewTask(world, world.ProgramId, TaskKinds.Alert, "Alert already done", today, TaskAudience.ProgramDirectors, status: CaseTaskStatus.Done))
            .Append(NewTask(world, world.ProgramId, TaskKinds.Alert, "Alert beyond the horizon", today.AddDays(40), TaskAudience.ProgramDirectors))
            .ToList();
        await world.DbAsync(async db =>
        {
            foreach (var task in tasks)
            {
                db.Set<CaseTask>().Add(task);
                db.Audit.Record(AuditActions.Create, AuditEntities.CaseTask, task.Id);
                await db.SaveChangesAsync();
            }
        });

        using var session = await PageSession.SignInAsync(world, Persona.Director);
        var home = WebUtility.HtmlDecode(await session.GetPageAsync("/"));

        var start = home.IndexOf("data-testid=\"urgent\"", StringComparison.Ordinal);
        Assert.True(start > 0, "no urgent section");
        var section = home[start..home.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("<span class=\"badge danger\">22</span>", section, StringComparison.Ordinal);
        Assert.Contains("See all 22 in the worklist", section, StringComparison.Ordinal);
        // The twenty soonest: the overdue concern, then the alerts due in 1 to 19 days; the 20th day's alert and the
        // access review due in 25 days wait in the worklist.
        var listed = Enumerable.Range(1, 19).Select(day => $"Urgent alert day {day:00}").Prepend("Team concern overdue").ToList();
        var positions = listed.Select(title => section.IndexOf(title, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var absent in NotListed)
        {
            Assert.DoesNotContain(absent, section, StringComparison.Ordinal);
        }
    }

    private static readonly string[] NotListed =
        ["Urgent alert day 20", "Own access review", "Routine follow-up", "not directed", "someone else", "already done", "beyond the horizon"];

    private static CaseTask NewTask(TestWorld world, Guid programId, string kind, string title, DateOnly dueOn, TaskAudience audience,
        Guid? participantId = null, Guid? assignedTo = null, CaseTaskStatus status = CaseTaskStatus.Open) => new()
        {
            OrganisationId = world.OrganisationId,
            ProgramId = programId,
            ParticipantId = participantId,
            Kind = kind,
            Title = title,
            DueOn = dueOn,
            Audience = audience,
            AssignedUserId = assignedTo,
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
        };
}
