using System.Text.RegularExpressions;

using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Worklist;

/// <summary>
/// A director's program can have thousands of tasks due. The home page shows the ten most overdue with how many are due
/// in all; the worklist pages through them, and its filters apply to the whole worklist rather than to a first slice.
/// </summary>
public sealed partial class WorklistPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const int Reviews = 520;

    [Theory]
    [BothProviders]
    public async Task The_home_page_shows_the_ten_most_overdue_and_the_worklist_pages_and_filters_the_whole_list(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var (overdueBefore, dueBefore) = Summary(await PageAsync(director, "/"));
        await AddTasksAsync(world, participant.Id);

        var home = await PageAsync(director, "/");
        var first = await PageAsync(director, "/Worklist");
        var general = await PageAsync(director, $"/Worklist?Kind={TaskKinds.General}");

        var rows = DueRows(home);
        Assert.Equal(10, rows.Count);
        Assert.All(rows, row => Assert.Contains("overdue", row, StringComparison.Ordinal));
        Assert.Contains("Long overdue review 000", rows[0], StringComparison.Ordinal);
        Assert.Equal((overdueBefore + Reviews, dueBefore + Reviews + 1), Summary(home));
        Assert.Contains("href=\"/Worklist\"", home, StringComparison.Ordinal);
        Assert.Equal(50, DueRows(first).Count);
        Assert.Contains($"Page 1 / {(dueBefore + Reviews + 1 + 49) / 50}", first, StringComparison.Ordinal);
        var generalRows = DueRows(general);
        Assert.Contains(generalRows, row => row.Contains("The task behind five hundred others", StringComparison.Ordinal));
        Assert.DoesNotContain(generalRows, row => row.Contains("review", StringComparison.Ordinal));
    }

    /// <summary>520 plan reviews long overdue, then one general task due in three weeks: the worklist used to stop at 500 and filter those.</summary>
    private static Task<int> AddTasksAsync(TestWorld world, Guid participantId) => world.DbAsync(async db =>
    {
        for (var i = 0; i < Reviews; i++)
        {
            db.Add(Task(world, participantId, TaskKinds.PlanReview, $"Long overdue review {i:000}", TestWorld.DaysAgo(5000 - i)));
        }

        db.Add(Task(world, participantId, TaskKinds.General, "The task behind five hundred others", TestWorld.Today.AddDays(21)));
        return await db.SaveChangesAsync();
    });

    private static CaseTask Task(TestWorld world, Guid participantId, string kind, string title, DateOnly dueOn) => new()
    {
        OrganisationId = world.OrganisationId,
        ProgramId = world.ProgramId,
        ParticipantId = participantId,
        Kind = kind,
        Title = title,
        DueOn = dueOn,
        Audience = TaskAudience.CaseTeam,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<string> PageAsync(PageSession session, string path)
    {
        var (status, html) = await session.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return html;
    }

    /// <summary>The worklist summary's numbers: how many are overdue (0 when it says nothing of it) and how many are due.</summary>
    private static (int Overdue, int Due) Summary(string html)
    {
        var summary = SummaryLine().Match(html);
        if (!summary.Success)
        {
            Assert.Contains("Nothing due", html, StringComparison.Ordinal);
            return (0, 0);
        }

        static int Number(Group g) => g.Success ? int.Parse(g.Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (Number(summary.Groups["overdue"]), Number(summary.Groups["due"]));
    }

    private static List<string> DueRows(string html)
    {
        var table = WorklistTable().Match(html);
        Assert.True(table.Success, "the page has no worklist table");
        return [.. Row().Matches(table.Groups[1].Value).Select(m => m.Value)];
    }

    [GeneratedRegex("data-testid=\"worklist\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex WorklistTable();

    [GeneratedRegex(@"data-testid=""worklist-summary"">\s*(?:(?<overdue>[\d,]+) overdue · )?(?<due>[\d,]+) due in the next 30 days")]
    private static partial Regex SummaryLine();

    [GeneratedRegex("<tr.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
