using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Disclosure;

/// <summary>
/// Step-up codes are single use (a time-step not newer than the last accepted one is refused) and five wrong codes in
/// a row lock step-up for 15 minutes, audited. Each test uses a director of its own, so no other test shares the state.
/// </summary>
public sealed class StepUpTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_step_up_code_is_accepted_once_and_an_older_one_never(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var (director, secret, client) = await world.CreateDirectorWithAuthenticatorAsync("Replay director");
        var step = TestWorld.CurrentTimeStep();
        var code = TestWorld.CodeAt(secret, step);

        await DecideAsync(client, participant, code).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(step, (await world.StepUpStateAsync(director))!.LastAcceptedTimeStep);

        // The same code again, even while the first step-up is still fresh: refused as a replay, nothing recorded.
        var replay = await ProblemJson.ReadAsync(await DecideAsync(client, participant, code), HttpStatusCode.Forbidden);
        Assert.Contains("already used", replay.Detail, StringComparison.Ordinal);
        // The previous window's code is older than the accepted one: refused too, although it is inside the tolerance.
        await ProblemJson.ReadAsync(await DecideAsync(client, participant, TestWorld.CodeAt(secret, step - 1)), HttpStatusCode.Forbidden);
        Assert.Equal(1, await EntriesByAsync(world, participant, director));

        // The next window's code is newer: accepted.
        await DecideAsync(client, participant, TestWorld.CodeAt(secret, step + 1)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(2, await EntriesByAsync(world, participant, director));
        var failures = await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == director && e.Action == AuditActions.StepUpFailed));
        Assert.Equal(2, failures);
    }

    [Theory]
    [BothProviders]
    public async Task Five_wrong_codes_lock_step_up_for_fifteen_minutes(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var (director, secret, client) = await world.CreateDirectorWithAuthenticatorAsync("Guessing director");
        // Codes of a long-gone window are wrong for the verifier, whatever their digits.
        var wrong = TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep() - 100);

        for (var attempt = 1; attempt < StepUpGuard.MaxWrongCodes; attempt++)
        {
            var refused = await ProblemJson.ReadAsync(await DecideAsync(client, participant, wrong), HttpStatusCode.Forbidden);
            Assert.Contains($"{StepUpGuard.MaxWrongCodes - attempt} tries left", refused.Detail, StringComparison.Ordinal);
        }

        Assert.Null((await world.StepUpStateAsync(director))!.LockedUntil);
        await ProblemJson.ReadAsync(await DecideAsync(client, participant, wrong), HttpStatusCode.Forbidden);
        var locked = (await world.StepUpStateAsync(director))!.LockedUntil;
        Assert.NotNull(locked);
        Assert.InRange(locked.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), StepUpGuard.LockDuration);

        // While locked, even the right code is refused and no step-up is recorded.
        var whileLocked = await ProblemJson.ReadAsync(await DecideAsync(client, participant, TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep())), HttpStatusCode.Forbidden);
        Assert.Contains("locked", whileLocked.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<StepUpRecord>().CountAsync(s => s.UserId == director)));
        Assert.Equal(0, await EntriesByAsync(world, participant, director));
        Assert.Equal(1, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == director && e.Action == AuditActions.StepUpLocked)));

        // Sixteen minutes later (test clock) the right code works again.
        var clock = new TestClock(DateTimeOffset.UtcNow.AddMinutes(16));
        using var later = world.WithClock(clock);
        using var laterClient = later.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        laterClient.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        await DecideAsync(laterClient, participant, TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep())).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(0, (await world.StepUpStateAsync(director))!.FailedAttempts);
    }

    [Theory]
    [BothProviders]
    public async Task A_right_code_resets_the_count_of_wrong_ones(DatabaseProviderKind provider)
    {
        var (world, participant) = await CaseAsync(provider);
        var (director, secret, client) = await world.CreateDirectorWithAuthenticatorAsync("Careless director");
        var step = TestWorld.CurrentTimeStep();
        var wrong = TestWorld.CodeAt(secret, step - 100);

        for (var attempt = 1; attempt < StepUpGuard.MaxWrongCodes; attempt++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(client, participant, wrong)).StatusCode);
        }

        await DecideAsync(client, participant, TestWorld.CodeAt(secret, step)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(client, participant, wrong)).StatusCode);

        var state = (await world.StepUpStateAsync(director))!;
        Assert.Equal(1, state.FailedAttempts);
        Assert.Null(state.LockedUntil);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid participant, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/participants/{participant}/disclosures")
        {
            Content = System.Net.Http.Json.JsonContent.Create(TestWorld.NewDisclosure(), options: TestJson.Options),
        };
        request.Headers.Add("X-Offramp-Step-Up", code);
        return client.SendAsync(request);
    }

    private static Task<int> EntriesByAsync(TestWorld world, Guid participant, Guid director) =>
        world.DbAsync(db => db.Set<DisclosureEntry>().CountAsync(e => e.ParticipantId == participant && e.RecordedByUserId == director));

    private async Task<(TestWorld World, Guid Participant)> CaseAsync(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        return (world, participant.Id);
    }
}
