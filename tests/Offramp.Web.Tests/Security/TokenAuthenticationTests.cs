using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>Personal access tokens: only a known, unexpired, unrevoked token of an active MFA-enrolled user opens the API.</summary>
public sealed class TokenAuthenticationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_fresh_token_works(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (_, secret) = await world.CreateTokenAsync(Persona.CaseworkerA, allowWrite: false);

        var response = await world.App.CreateApiClient(secret).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task An_expired_token_answers_401(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (id, secret) = await world.CreateTokenAsync(Persona.CaseworkerA, allowWrite: true);
        await world.DbAsync(db => db.AccessTokens.Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await world.App.CreateApiClient(secret).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task A_token_revoked_through_the_api_answers_401_from_then_on(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (id, secret) = await world.CreateTokenAsync(Persona.Mentor, allowWrite: false);
        var client = world.App.CreateApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var revoke = await world.Client(Persona.Mentor).DeleteAsync($"/api/v1/tokens/{id}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var revokedAt = await world.DbAsync(db => db.AccessTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync());
        Assert.NotNull(revokedAt);
    }

    [Theory]
    [BothProviders("ofr_not-a-token")]
    [BothProviders("ofr_00000000000000000000000000000000_deadbeef")]
    [BothProviders("Basic dXNlcjpwYXNz")]
    public async Task A_malformed_or_unknown_token_answers_401(DatabaseProviderKind provider, string token)
    {
        var world = await worlds.WorldAsync(provider);

        var response = await world.App.CreateApiClient(token).GetAsync("/api/v1/participants");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task A_known_token_id_with_a_wrong_secret_answers_401(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (id, _) = await world.CreateTokenAsync(Persona.CaseworkerA, allowWrite: true);

        var response = await world.App.CreateApiClient($"ofr_{id:N}_{new string('a', 48)}").GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task The_token_of_a_deactivated_or_unenrolled_user_answers_401(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var inactive = await world.CreateUserAsync("Inactive");
        var unenrolled = await world.CreateUserAsync("Unenrolled");
        var (_, inactiveToken) = await world.CreateTokenAsync(inactive, allowWrite: false);
        var (_, unenrolledToken) = await world.CreateTokenAsync(unenrolled, allowWrite: false);
        await world.DbAsync(db => db.Users.Where(u => u.Id == inactive).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        await world.DbAsync(db => db.Users.Where(u => u.Id == unenrolled).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, false)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await world.App.CreateApiClient(inactiveToken).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.App.CreateApiClient(unenrolledToken).GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task The_token_keeps_working_while_its_users_sign_in_checks_are_spaced_out(DatabaseProviderKind provider)
    {
        // Failed sign-ins (a stranger's guesses) must never cut a caseworker off the API.
        var world = await worlds.WorldAsync(provider);
        var user = await world.CreateUserAsync("Slowed sign-in");
        var (_, token) = await world.CreateTokenAsync(user, allowWrite: false);
        await world.DbAsync(db => db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 9)));

        Assert.Equal(HttpStatusCode.OK, (await world.App.CreateApiClient(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Token_listing_never_shows_secrets(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var account = world.Account(Persona.Auditor);

        var body = await (await world.Client(Persona.Auditor).GetAsync("/api/v1/tokens").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsStringAsync();

        Assert.Contains(account.WriteTokenId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(account.WriteToken.Split('_')[2], body, StringComparison.Ordinal);
        Assert.DoesNotContain("secretHash", body, StringComparison.OrdinalIgnoreCase);
    }
}
