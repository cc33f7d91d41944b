using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Disclosure;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Evidence;

/// <summary>The steps evidence tests share: a program with cases worth suppressing, proposing and releasing, a hub and its staff.</summary>
internal static class EvidenceScenario
{
    public const int Threshold = 10;

    public static async Task Refused(HttpClient client, byte[] file, string reason)
    {
        var response = await Post(client, file);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, byte[] file) =>
        client.PostAsync("/api/v1/hub/bundles", new ByteArrayContent(file) { Headers = { ContentType = new("application/json") } });

    public static async Task<(HttpClient Admin, HttpClient Reader, Guid HubId)> HubAsync(TestWorld world)
    {
        var hubId = await world.DbAsync(async db =>
        {
            var org = new Organisation { Name = $"Hub {Guid.NewGuid():N}", IsEvidenceHub = true };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        var admin = await world.CreateUserAsync("Hub admin", hubId);
        await world.GrantRoleAsync(admin, Role.OrganisationAdmin, null, hubId);
        var reader = await world.CreateUserAsync("Hub analyst", hubId);
        return (world.App.CreateApiClient((await world.CreateTokenAsync(admin, allowWrite: true)).Secret),
            world.App.CreateApiClient((await world.CreateTokenAsync(reader, allowWrite: true)).Secret), hubId);
    }

    public static async Task<EvidenceBundle> ProposeAndReleaseAsync(TestWorld world, Guid program, (Guid UserId, string Secret, HttpClient Client) director, string period, params string[] breakDownBy)
    {
        var id = await ProposeAsync(world.Client(Persona.Evaluator), program, period, breakDownBy);
        var view = await (await director.Client.GetAsync($"/api/v1/programs/{program}/evidence/{id}").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<EvidenceReleaseView>();
        await TestWorld.SendWithStepUpAsync(director.Client, HttpMethod.Post, $"/api/v1/programs/{program}/evidence/{id}/release", new { version = view.Version },
            await Code(world, director)).ExpectAsync(HttpStatusCode.NoContent);
        return view.Bundle;
    }

    public static async Task<Guid> ProposeAsync(HttpClient client, Guid program, string period, params string[] breakDownBy) =>
        await (await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evidence", Proposal(period, breakDownBy))
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

    public static ProposeEvidenceCommand Proposal(string period, params string[] breakDownBy) =>
        new() { Period = period, Region = "North", Movements = [Movement.Jihadist], Summary = "Mentoring in prison and after release.", BreakDownBy = [.. breakDownBy] };

    /// <summary>
    /// The director's current code. A code is accepted once per time step, so the step last accepted is forgotten first,
    /// rather than waiting up to 30 seconds for the next step (which held a test slot idle for minutes).
    /// </summary>
    public static async Task<string> Code(TestWorld world, (Guid UserId, string Secret, HttpClient Client) director)
    {
        await world.DbAsync(db => db.Set<StepUpState>().Where(s => s.UserId == director.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastAcceptedTimeStep, (long?)null)));
        return TestWorld.CodeAt(director.Secret, TestWorld.CurrentTimeStep());
    }

    /// <summary>
    /// A program with entries in 2023, 2024 and 2025: large groups and small ones (a handful of women, one late year
    /// with few entries), reconvictions and employment, so suppression has work to do.
    /// </summary>
    public static async Task<(Guid Program, (Guid UserId, string Secret, HttpClient Client) Director)> ProgramWithCasesAsync(TestWorld world, string name)
    {
        var program = await world.CreateEvaluationProgramAsync(name);
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(12));
        var director = await world.CreateStaffWithAuthenticatorAsync($"{name} director", Role.ProgramDirector, program);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        int DaysTo(int year, int month) => today.DayNumber - new DateOnly(year, month, 15).DayNumber;
        var cases = new List<EvaluationCase>();
        foreach (var (year, men, women, reconvicted) in new[] { (2023, 34, 3, 14), (2024, 27, 12, 4), (2025, 6, 1, 0) })
        {
            for (var i = 0; i < men + women; i++)
            {
                var entered = DaysTo(year, 1 + (i % 12));
                var released = entered - 60;
                cases.Add(new EvaluationCase(
                    Gender: i < women ? Gender.Female : Gender.Male,
                    YearOfBirth: 1970 + (i * 7 % 35),
                    ReferredDaysAgo: entered,
                    ReleasedDaysAgo: released > 30 ? released : null,
                    Stage: i % 3 == 0 ? Stage.Withdrawn : Stage.FollowUp,
                    Outcomes: i < reconvicted && released > 200 ? [(OutcomeType.ReconvictionOtherViolent, released - 120)] : null));
            }
        }

        await world.AddEvaluationCasesAsync(program, cases);
        return (program, director);
    }
}
