using System.Net;
using System.Text.RegularExpressions;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.TestSupport;

using Xunit;

namespace Offramp.Web.Tests.Concurrency;

/// <summary>
/// An office at nine in the morning: several people open their caseload, a record, its trajectory charts and search in the
/// same second while others write. Every audited read appends to the chain; none of them may fail, and the chain must verify.
/// Pages used to take a stale audit head when one request audited twice (home page: worklist and caseload), so parallel
/// requests collided on AuditEvents.Sequence and answered 500.
/// </summary>
public sealed partial class ParallelAuditedRequestsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const int Requests = 64;

    [Theory]
    [BothProviders]
    public async Task Sixty_four_parallel_audited_page_reads_and_writes_all_succeed_and_the_chain_verifies(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument($"Parallel {Guid.NewGuid():N}"));
        var assessed = await world.AssessedCaseAsync();
        var assessment = await world.OpenAssessmentAsync(assessed.ParticipantId, instrument);
        await world.RateAsync(assessed.ParticipantId, assessment, Persona.Psychologist);
        await world.AgreeAsync(assessed.ParticipantId, assessment);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        using var director = await PageSession.SignInAsync(world, Persona.Director);
        using var psychologist = await PageSession.SignInAsync(world, Persona.Psychologist);
        var trajectory = await caseworker.GetPageAsync($"/Assessments/Trajectory?id={assessed.ParticipantId}");
        var charts = ChartSource().Matches(trajectory).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(charts);
        var before = await AuditCountAsync(world);

        var reads = new List<(string Name, Func<Task<HttpStatusCode>> Send)>
        {
            Read(caseworker, "caseworker", "/"),
            Read(director, "director", "/"),
            Read(director, "director", "/Worklist"),
            Read(caseworker, "caseworker", $"/Participants/Details/{assessed.ParticipantId}"),
            Read(psychologist, "psychologist", $"/Participants/Details/{assessed.ParticipantId}"),
            Read(caseworker, "caseworker", $"/Participants/Search?q={assessed.Code}"),
            Read(caseworker, "caseworker", $"/Assessments/Trajectory?id={assessed.ParticipantId}"),
        };
        reads.AddRange(charts.Select(chart => Read(psychologist, "psychologist", chart)));
        var writer = world.Client(Persona.CaseworkerA);
        (string, Func<Task<HttpStatusCode>>) write = ("caseworker API: log a session", async () =>
            (await writer.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{assessed.ParticipantId}/sessions", TestWorld.NewSession())).StatusCode);

        var work = Enumerable.Range(0, Requests).Select(i => i % 4 == 3 ? write : reads[i % reads.Count]).ToList();
        using var start = new SemaphoreSlim(0);
        var running = work.Select(async w =>
        {
            await start.WaitAsync();
            return (w.Item1, Status: await w.Item2());
        }).ToList();
        start.Release(Requests);
        var answers = await Task.WhenAll(running);

        var failed = answers.Where(a => a.Status is not (HttpStatusCode.OK or HttpStatusCode.Created)).Select(a => $"{a.Item1} → {a.Status}").ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {Requests} parallel requests failed:\n{string.Join('\n', failed)}");
        Assert.Equal(Requests, answers.Length);
        Assert.True(await AuditCountAsync(world) >= before + Requests, "every request must have left at least one audit event");
        await using var scope = world.App.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.IsIntact, verification.Message);
    }

    private static (string, Func<Task<HttpStatusCode>>) Read(PageSession session, string who, string path) =>
        ($"{who} GET {path}", async () => (await session.GetResponseAsync(path)).StatusCode);

    private static Task<long> AuditCountAsync(TestWorld world) => world.App.WithDbAsync(db => Task.FromResult(db.AuditEvents.LongCount()));

    [GeneratedRegex("<img src=\"(/Assessments/Trajectory\\?handler=Chart[^\"]+)\"")]
    private static partial Regex ChartSource();
}
