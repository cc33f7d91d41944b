using System.Net;

using Offramp.Core.Participants.Caseload;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Worklist;

/// <summary>
/// A director's start page stops counting the caseload past 1,000 (counting 67,000 cases cost more than the whole rest
/// of the page) and says "more than"; paging on still works, and a page past the cap counts exactly again.
/// </summary>
public sealed class LargeCaseloadHomeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_start_page_says_more_than_a_thousand_and_still_pages_on(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var programId = await world.CreateEvaluationProgramAsync("Large caseload");
        await world.AddEvaluationCasesAsync(programId, Enumerable.Range(0, Pages.IndexModel.CountUpTo + 1).Select(_ => new EvaluationCase(Stage: Stage.Intervention)));
        var exact = (await (await world.Client(Persona.Director).GetAsync("/api/v1/participants?pageSize=1").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<Page<ParticipantSummary>>()).TotalCount;
        using var director = await PageSession.SignInAsync(world, Persona.Director);

        var (status, first) = await director.GetAsync("/");
        var (_, last) = await director.GetAsync($"/?p={(exact + 49) / 50}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(exact > Pages.IndexModel.CountUpTo, $"the director sees {exact} participants");
        Assert.Contains("More than 1,000 participants", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 / 20+", first, StringComparison.Ordinal);
        Assert.Contains("?p=2", first, StringComparison.Ordinal);
        Assert.Contains($"{exact:N0} participants", last, StringComparison.Ordinal);
        Assert.DoesNotContain("More than", last, StringComparison.Ordinal);
    }
}
