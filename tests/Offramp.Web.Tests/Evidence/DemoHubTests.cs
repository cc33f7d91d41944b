using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Hosting.Demo;
using Offramp.Hosting.Demo.Hub;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evidence;

/// <summary>
/// On first start the demo publishes: its programs' bundles are proposed by the demo evaluator and released by the
/// demo director, and the demo hub holds them next to three synthetic organisations' bundles, so the compare page shows
/// programs side by side, forest plots and pooled estimates at once. Seeding again adds nothing.
/// </summary>
public sealed partial class DemoHubTests
{
    [Theory]
    [BothProviders]
    public async Task The_demo_hub_compares_programs_of_three_organisations_at_once(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await SeedAsync(app, participants: 300);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var demo = await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == DemoOrganisation.Name);
        var releases = await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.OrganisationId == demo.Id).ToListAsync();
        Assert.Equal(DemoProgramCatalogue.All.Count, releases.Select(r => r.ProgramId).Distinct().Count());
        Assert.All(releases, r =>
        {
            Assert.Equal(EvidenceReleaseStatus.Released, r.Status);
            Assert.NotEqual(r.ProposedByUserId, r.DecidedByUserId);
            EvidenceFile.Open(System.Text.Encoding.UTF8.GetBytes(r.SignedFile!));
        });

        var hub = await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == DemoHub.Name);
        Assert.True(hub.IsEvidenceHub);
        var bundles = await db.Set<HubBundle>().AsNoTracking().Where(b => b.HubOrganisationId == hub.Id).ToListAsync();
        var demoPublisher = await db.Set<HubPublisher>().AsNoTracking().Where(p => p.Name == demo.Name).Select(p => p.Id).SingleAsync();
        var synthetic = bundles.Where(b => b.PublisherId != demoPublisher).ToList();
        Assert.Equal(3, synthetic.Select(b => b.PublisherId).Distinct().Count());
        Assert.True(synthetic.Select(b => b.ProgramId).Distinct().Count() >= 6);
        Assert.Equal(releases.Count, bundles.Count(b => releases.Any(r => r.Id == b.Id)));

        // Nothing about a demo participant reaches the hub.
        var codes = await db.Participants.AsNoTracking().Select(p => p.Code).ToListAsync();
        Assert.NotEmpty(codes);
        Assert.DoesNotContain(bundles, b => codes.Any(c => b.Document.Contains(c, StringComparison.Ordinal)));

        using var admin = await PageSession.SignInAsync(app, DemoAccounts.HubAdmin.Email, DemoAccounts.Password, DemoAccounts.HubAdmin.TotpSecret);
        var page = await admin.GetPageAsync("/Hub");
        Assert.Contains("Back on Track mentoring (prison)", page, StringComparison.Ordinal);
        Assert.Contains("Returnee reception and reintegration", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"pooled\"", page, StringComparison.Ordinal);
        var forests = ForestUrl().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(forests);
        var svg = await admin.GetResponseAsync(forests[0]);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Pooled", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // For whom: everything-so-far bundles break down by exit status at entry, and the hub pools each category.
        Assert.Contains("value=\"exit-status-at-entry@Offramp coded profile\"", page, StringComparison.Ordinal);
        var byExitStatus = await admin.GetPageAsync($"/Hub?Query.BreakDownBy={Uri.EscapeDataString("exit-status-at-entry@Offramp coded profile")}");
        Assert.Contains("data-testid=\"hub-strata\"", byExitStatus, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stratum-pooled\"", byExitStatus, StringComparison.Ordinal);
        Assert.Contains("Already disengaged", byExitStatus, StringComparison.Ordinal);

        // A comparison already shown is never served stale: a bundle received since appears at once.
        var late = SyntheticOrganisations.Many(1).Single() with { Name = "A program that published late" };
        Assert.DoesNotContain(late.Name, page, StringComparison.Ordinal);
        var hubDemo = scope.ServiceProvider.GetRequiredService<DemoHub>();
        await hubDemo.PublishSyntheticAsync(await hubDemo.EnsureAsync(default), [late], years: 0, seed: 3, DateOnly.FromDateTime(DateTime.UtcNow), default);
        Assert.Contains(late.Name, await admin.GetPageAsync("/Hub"), StringComparison.Ordinal);

        var hubBundles = bundles.Count + 1;
        await SeedAsync(app, participants: 0);
        Assert.Equal(hubBundles, await db.Set<HubBundle>().CountAsync());
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact);
    }

    /// <summary>
    /// The compare page reads the metric rows written at receipt; a bundle received before they existed has none, and
    /// is read from its signed document instead, so it does not drop out of the comparison.
    /// </summary>
    [Theory]
    [BothProviders]
    public async Task A_bundle_without_metric_rows_is_still_compared(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await SeedAsync(app, participants: 0);
        using var admin = await PageSession.SignInAsync(app, DemoAccounts.HubAdmin.Email, DemoAccounts.Password, DemoAccounts.HubAdmin.TotpSecret);
        var before = Figures(await admin.GetPageAsync("/Hub"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
            Assert.True(await db.Set<HubMetric>().ExecuteDeleteAsync() > 0);
        }

        var after = Figures(await admin.GetPageAsync("/Hub"));
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    /// <summary>The table cells of the compare page (programs, counts, percentages), in order.</summary>
    private static List<string> Figures(string html) => [.. Cell().Matches(html).Select(m => m.Groups[1].Value)];

    private static async Task SeedAsync(OfframpAppFactory app, int participants)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(participants, seed: 1);
    }

    [GeneratedRegex("<img src=\"([^\"]*handler=Forest[^\"]*)\"")]
    private static partial Regex ForestUrl();

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}
