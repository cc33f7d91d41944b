using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// A token manages only tokens no stronger than itself: a leaked read-only token cannot revoke its owner's write token
/// (and so cut them off the API), while it can still revoke itself or another read-only token.
/// </summary>
public sealed class TokenRevocationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>DELETE /api/v1/tokens/{write token id} with the owner's read-only token: 403, and the write token still writes.</summary>
    [Theory]
    [BothProviders]
    public async Task A_read_only_token_cannot_revoke_its_owners_write_token(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var owner = await world.CreateUserAsync("Token owner");
        var (writeId, writeSecret) = await world.CreateTokenAsync(owner, allowWrite: true);
        var (_, readSecret) = await world.CreateTokenAsync(owner, allowWrite: false);
        using var readOnly = world.App.CreateApiClient(readSecret);

        var response = await readOnly.DeleteAsync($"/api/v1/tokens/{writeId}");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("more rights than itself", problem.Detail, StringComparison.Ordinal);
        Assert.Null(await world.DbAsync(db => db.AccessTokens.Where(t => t.Id == writeId).Select(t => t.RevokedAt).SingleAsync()));
        using var write = world.App.CreateApiClient(writeSecret);
        Assert.Equal(HttpStatusCode.OK, (await write.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>DELETE /api/v1/tokens/{id} of another read-only token (with a read-only token), and of a read-only token with a write token: 204.</summary>
    [Theory]
    [BothProviders(false)]
    [BothProviders(true)]
    public async Task A_token_can_revoke_a_token_no_stronger_than_itself(DatabaseProviderKind provider, bool callerMayWrite)
    {
        var world = await worlds.WorldAsync(provider);
        var owner = await world.CreateUserAsync("Token owner");
        var (targetId, _) = await world.CreateTokenAsync(owner, allowWrite: false);
        var (_, callerSecret) = await world.CreateTokenAsync(owner, allowWrite: callerMayWrite);
        using var caller = world.App.CreateApiClient(callerSecret);

        var response = await caller.DeleteAsync($"/api/v1/tokens/{targetId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(await world.DbAsync(db => db.AccessTokens.Where(t => t.Id == targetId).Select(t => t.RevokedAt).SingleAsync()));
    }
}
