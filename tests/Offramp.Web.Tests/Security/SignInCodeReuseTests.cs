using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>An authenticator code opens one session: the same code again is refused (RFC 6238 §5.2), a newer one is not.</summary>
public sealed class SignInCodeReuseTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_code_that_signed_in_once_cannot_sign_in_again(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.SignInCodeAsync(Persona.CaseworkerA);
        var secret = world.Account(Persona.CaseworkerA).TotpSecret;
        var step = TestWorld.CurrentTimeStep();

        var (first, accepted) = await PageSession.AttemptSignInAsync(world, Persona.CaseworkerA, TestWorld.CodeAt(secret, step));
        var (second, replayed) = await PageSession.AttemptSignInAsync(world, Persona.CaseworkerA, TestWorld.CodeAt(secret, step));
        var (third, newer) = await PageSession.AttemptSignInAsync(world, Persona.CaseworkerA, TestWorld.CodeAt(secret, step + 1));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("already used", await PageSession.HtmlAsync(replayed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, newer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await second.GetResponseAsync("/")).StatusCode);
        first.Dispose();
        second.Dispose();
        third.Dispose();
    }
}
