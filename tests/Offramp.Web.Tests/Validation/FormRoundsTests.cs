using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Validation;

/// <summary>
/// A form says everything wrong with it in one round, through the real referral page: the framework's binding
/// problems, the command's attributes and its own rules together, in words a person can act on, and "saved" once it is, carried
/// across the redirect in a sealed, HTTPS-only, same-site cookie.
/// </summary>
public sealed class FormRoundsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_empty_referral_flags_every_problem_at_once_and_a_good_one_says_saved(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var empty = await PageSession.HtmlAsync(await caseworker.PostAsync("/Participants/New", new()
        {
            ["Input.ProgramId"] = world.ProgramId.ToString(),
            ["Input.ReferredOn"] = "",
            ["Input.Reason"] = "",
            ["Input.Referrer"] = "",
            ["Input.Identity.GivenName"] = "",
            ["Input.Identity.FamilyName"] = "",
        }));

        // Binding (an empty date), attributes (reason, referrer) and the command's own rule (a name) in the same answer.
        Assert.Contains("Say why the person was referred.", empty, StringComparison.Ordinal);
        Assert.Contains("Say who referred the person (role or agency).", empty, StringComparison.Ordinal);
        Assert.Contains("Enter at least a given or a family name.", empty, StringComparison.Ordinal);
        Assert.True(empty.Contains("This field is required.", StringComparison.Ordinal) || empty.Contains("Enter the date of the referral.", StringComparison.Ordinal),
            "the empty referral date has no message");
        Assert.DoesNotContain("is invalid", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"saved\"", empty, StringComparison.Ordinal);

        var saved = await caseworker.PostAsync("/Participants/New", new()
        {
            ["Input.ProgramId"] = world.ProgramId.ToString(),
            ["Input.ReferredOn"] = TestWorld.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reason"] = "Asked for help leaving",
            ["Input.Referrer"] = "Probation officer",
            ["Input.Source"] = "Probation",
            ["Input.Identity.GivenName"] = "Rounds",
            ["Input.Identity.FamilyName"] = "Once",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The notice crosses the redirect in a cookie scripts cannot read, sent to this site only, over HTTPS only,
        // and sealed: nothing in it is readable or forgeable on the way.
        var notice = Assert.Single(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith("offramp-notice=", StringComparison.Ordinal));
        foreach (var attribute in new[] { "secure", "samesite=strict", "httponly", "path=/" })
        {
            Assert.Contains(attribute, notice, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("form-saved", Uri.UnescapeDataString(notice), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"saved\"", await caseworker.GetPageAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }
}
