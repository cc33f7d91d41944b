using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Evidence;

/// <summary>
/// The pages of the evidence journey: the evaluator proposes, the director reviews exactly what leaves and releases it
/// with an authenticator code, the hub's admin registers the publisher and uploads the signed file, and the bundle is
/// on the compare page with its forest plot.
/// </summary>
public sealed class EvidencePagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task An_evaluator_proposes_the_director_releases_and_the_hub_compares_it(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Pages");
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(12));
        await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 60).Select(i => new EvaluationCase(
            ReferredDaysAgo: 500 + (i * 9), ReleasedDaysAgo: 450 + (i * 9), Outcomes: i % 4 == 0 ? [(OutcomeType.ReconvictionOtherViolent, 300)] : null)));

        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var proposed = await evaluator.PostAsync($"/Evidence?ProgramId={program}", new()
        {
            ["Input.Period"] = "all",
            ["Input.Movements"] = "FarRight",
            ["Input.Summary"] = "Mentoring from prison into the community.",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var review = proposed.Headers.Location!.OriginalString;
        var asProposed = await evaluator.GetPageAsync(review);
        Assert.Contains("Mentoring from prison into the community.", asProposed, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"awaiting-second-person\"", asProposed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"release-evidence\"", asProposed, StringComparison.Ordinal);

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var forDirector = await director.GetPageAsync(review);
        Assert.Contains("data-testid=\"release-evidence\"", forDirector, StringComparison.Ordinal);
        Assert.Contains("withheld", forDirector, StringComparison.Ordinal);
        var version = System.Text.RegularExpressions.Regex.Match(forDirector, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var withoutCode = await director.PostAsync(review, new() { ["Version"] = version }, handler: "Release");
        Assert.Contains("authenticator", await PageSession.HtmlAsync(withoutCode), StringComparison.Ordinal);
        var released = await director.PostAsync(review, new() { ["Version"] = version, ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Director) }, handler: "Release");
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var afterRelease = await director.GetPageAsync(review);
        Assert.Contains("data-testid=\"download-signed\"", afterRelease, StringComparison.Ordinal);
        var releaseId = await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.ProgramId == program).Select(r => r.Id).SingleAsync());
        var signed = await director.GetResponseAsync($"/Evidence/Review/{releaseId}?programId={program}&handler=Signed");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var file = await signed.Content.ReadAsByteArrayAsync();
        var (envelope, bundle) = EvidenceFile.Open(file);

        // The hub registers a publisher by its public key: the director reads it on the released bundle's page.
        var publicKey = System.Text.RegularExpressions.Regex.Match(afterRelease, "data-testid=\"public-key\">([^<]+)<").Groups[1].Value;
        Assert.Equal(envelope.PublicKey, System.Net.WebUtility.HtmlDecode(publicKey));

        // The hub: its admin registers the publisher's key and uploads the file; it is then compared, with a forest plot.
        var hubId = await world.DbAsync(async db =>
        {
            var hub = new Organisation { Name = $"Pages hub {Guid.NewGuid():N}", IsEvidenceHub = true };
            db.Organisations.Add(hub);
            await db.SaveChangesAsync();
            return hub.Id;
        });
        var admin = await world.CreateSignInAccountAsync("Hub admin", hubId);
        await world.GrantRoleAsync(admin.UserId, Role.OrganisationAdmin, null, hubId);
        using var hubAdmin = await PageSession.SignInAsync(world, admin.Email, admin.TotpSecret);
        var home = await hubAdmin.GetPageAsync("/Hub/Publishers");
        Assert.Contains("href=\"/Hub\"", home, StringComparison.Ordinal);
        var registered = await hubAdmin.PostAsync("/Hub/Publishers", new() { ["Input.Name"] = "Main organisation", ["Input.PublicKey"] = System.Net.WebUtility.HtmlDecode(publicKey) }, handler: "Register");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains(envelope.KeyId, await hubAdmin.GetPageAsync("/Hub/Publishers"), StringComparison.Ordinal);

        var form = await hubAdmin.GetPageAsync("/Hub/Publishers");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Bundle", "bundle.json" },
        };
        var uploaded = await hubAdmin.PostMultipartAsync("/Hub/Publishers?handler=Upload", upload);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await uploaded.Content.ReadAsStringAsync(), "class=\"errors[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        Assert.True(await world.DbAsync(db => db.Set<HubBundle>().AnyAsync(b => b.Id == bundle.BundleId)));

        var compare = await hubAdmin.GetPageAsync("/Hub");
        Assert.Contains(bundle.Program.Name, compare, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"hub-metric\"", compare, StringComparison.Ordinal);
        if (bundle.Metrics[0].Overall.Estimate is not null)
        {
            var forest = System.Text.RegularExpressions.Regex.Match(compare, "<img src=\"([^\"]+)\"[^>]*data-testid=\"forest-plot\"").Groups[1].Value;
            var svg = await hubAdmin.GetResponseAsync(System.Net.WebUtility.HtmlDecode(forest));
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The evaluator's organisation is no hub: its staff do not get the page.
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync("/Hub")).Status);
    }
}
