using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.BreakGlass;
using Offramp.Core.Erasure;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.SeparationOfDuties;

/// <summary>
/// Issue 10: a stolen cookie created a 365-day write token without fresh authentication. Step-up (a fresh
/// authenticator code) now guards creating tokens, erasure and break-glass, on the pages and in the API.
/// </summary>
public sealed class StepUpGuardedOperationsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly BreakGlassRequestCommand Emergency = new() { Reason = "Out-of-hours call: participant in crisis.", Minutes = 30 };

    [Theory]
    [BothProviders]
    public async Task Creating_a_token_on_the_page_needs_a_fresh_authenticator_code(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var session = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var user = world.UserId(Persona.CaseworkerA);
        var before = await world.DbAsync(db => db.AccessTokens.CountAsync(t => t.UserId == user));
        static Dictionary<string, string> Form(string? code) => new()
        {
            ["Name"] = "nightly script",
            ["LifetimeDays"] = "365",
            ["AllowWrite"] = "true",
            ["StepUpCode"] = code ?? "",
        };

        var noCode = await PageSession.HtmlAsync(await session.PostAsync("/Settings/Tokens", Form(null), "Create"));
        Assert.Contains("Enter a fresh code from your authenticator app", noCode, StringComparison.Ordinal);
        var wrong = await PageSession.HtmlAsync(await session.PostAsync("/Settings/Tokens", Form(world.StepUpCodeAt(Persona.CaseworkerA, TestWorld.CurrentTimeStep() - 100)), "Create"));
        Assert.Contains("wrong or expired", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-token\"", wrong, StringComparison.Ordinal);
        Assert.Equal(before, await world.DbAsync(db => db.AccessTokens.CountAsync(t => t.UserId == user)));

        var created = await PageSession.HtmlAsync(await session.PostAsync("/Settings/Tokens", Form(await world.FreshStepUpCodeAsync(Persona.CaseworkerA)), "Create"));
        Assert.Contains("data-testid=\"new-token\"", created, StringComparison.Ordinal);
        Assert.Equal(before + 1, await world.DbAsync(db => db.AccessTokens.CountAsync(t => t.UserId == user)));
    }

    [Theory]
    [BothProviders]
    public async Task No_api_route_lets_a_token_mint_another_token(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var user = world.UserId(Persona.CaseworkerA);
        var before = await world.DbAsync(db => db.AccessTokens.CountAsync(t => t.UserId == user));

        var response = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, "/api/v1/tokens", new { Name = "minted", LifetimeDays = 365, AllowWrite = true });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /api/v1/tokens answered {(int)response.StatusCode}");
        Assert.Equal(before, await world.DbAsync(db => db.AccessTokens.CountAsync(t => t.UserId == user)));
    }

    [Theory]
    [BothProviders]
    public async Task Erasure_needs_step_up(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        var (_, secret, director) = await world.CreateDirectorWithAuthenticatorAsync("Erasing director");
        var url = $"/api/v1/participants/{participant}/erasure";
        var request = new EraseParticipantCommand { Reference = "DSR-2026-201", RequestVerified = true };

        var refused = await ProblemJson.ReadAsync(await TestWorld.SendWithStepUpAsync(director, HttpMethod.Post, url, request, null), HttpStatusCode.Forbidden);
        Assert.Contains("fresh authenticator code", refused.Detail, StringComparison.Ordinal);
        Assert.Equal("Test", (await world.GetRecordAsync(participant)).Identity.GivenName);

        await TestWorld.SendWithStepUpAsync(director, HttpMethod.Post, url, request, TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep())).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Null((await world.GetRecordAsync(participant)).Identity.GivenName);
    }

    [Theory]
    [BothProviders]
    public async Task Break_glass_needs_step_up_in_the_api(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        var (_, secret, stranger) = await world.CreateStaffWithAuthenticatorAsync("Night caseworker", Role.Caseworker, world.SecondProgramId);
        var url = $"/api/v1/participants/{participant}/break-glass";

        var refused = await ProblemJson.ReadAsync(await TestWorld.SendWithStepUpAsync(stranger, HttpMethod.Post, url, Emergency, null), HttpStatusCode.Forbidden);
        Assert.Contains("fresh authenticator code", refused.Detail, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<BreakGlassGrant>().AnyAsync(g => g.ParticipantId == participant)));
        await stranger.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.NotFound);

        await TestWorld.SendWithStepUpAsync(stranger, HttpMethod.Post, url, Emergency, TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep())).ExpectAsync(HttpStatusCode.Created);
        await stranger.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.OK);
    }

    [Theory]
    [BothProviders]
    public async Task Break_glass_needs_step_up_on_the_page(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        using var session = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        var path = $"/BreakGlass/Request/{participant}";
        static Dictionary<string, string> Form(string? code) => new()
        {
            ["Input.Reason"] = Emergency.Reason,
            ["Input.Minutes"] = "30",
            ["StepUpCode"] = code ?? "",
        };

        var noCode = await PageSession.HtmlAsync(await session.PostAsync(path, Form(null)));
        Assert.Contains("Enter a fresh code from your authenticator app", noCode, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<BreakGlassGrant>().AnyAsync(g => g.ParticipantId == participant)));

        var granted = await PageSession.HtmlAsync(await session.PostAsync(path, Form(await world.FreshStepUpCodeAsync(Persona.CaseworkerB))));
        Assert.Contains("data-testid=\"break-glass-granted\"", granted, StringComparison.Ordinal);
        Assert.True(await world.DbAsync(db => db.Set<BreakGlassGrant>().AnyAsync(g => g.ParticipantId == participant)));
    }
}
