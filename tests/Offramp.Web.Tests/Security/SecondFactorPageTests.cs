using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Security;

/// <summary>
/// Both second-factor forms share one flow: without a password step pending, each sends the browser back to the login
/// form, on GET as on POST (the recovery-code form used to show itself to a browser that had not given a password).
/// </summary>
public sealed class SecondFactorPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders("/Account/LoginWith2fa")]
    [BothProviders("/Account/LoginWithRecoveryCode")]
    public async Task Without_a_password_step_pending_the_form_sends_back_to_the_login(DatabaseProviderKind provider, string form)
    {
        var world = await worlds.WorldAsync(provider);
        using var browser = PageSession.Open(world);

        var answer = await browser.GetResponseAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/Account/Login", answer.Headers.Location?.OriginalString);
    }

    [Theory]
    [BothProviders("/Account/LoginWith2fa")]
    [BothProviders("/Account/LoginWithRecoveryCode")]
    public async Task After_the_password_the_form_is_shown(DatabaseProviderKind provider, string form)
    {
        var world = await worlds.WorldAsync(provider);
        using var browser = PageSession.Open(world);
        var account = world.Account(Persona.CaseworkerA);
        var password = await browser.PostAsync("/Account/Login", new() { ["Input.Email"] = account.Email, ["Input.Password"] = TestWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        var (status, _) = await browser.GetAsync(form);

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
