using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.BreakGlass;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Retention;
using Offramp.Core.Safeguarding;
using Offramp.Core.Security;
using Offramp.Core.Worklist;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Safeguarding;

/// <summary>
/// The demo shows issue #6 at work: an open concern on the director's worklist, a recorded decision not to disclose,
/// a released disclosure whose sealed content matches its hash, a reviewed emergency access and a legal hold; the
/// audit chain still verifies, and seeding again adds nothing.
/// </summary>
public sealed class DemoSafeguardingTests
{
    [Theory]
    [BothProviders]
    public async Task The_demo_seed_tells_the_safeguarding_story_once(DatabaseProviderKind provider)
    {
        await using var app = await OfframpAppFactory.CreateAsync(provider);
        await SeedAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var cipher = scope.ServiceProvider.GetRequiredService<FieldCipher>();
        var concerns = await db.Set<Concern>().AsNoTracking().ToListAsync();
        Assert.Equal(3, concerns.Count);
        var open = Assert.Single(concerns, c => c.Status == ConcernStatus.Open);
        Assert.Single(await db.Set<CaseTask>().AsNoTracking().Where(t => t.SourceId == open.Id && t.Audience == TaskAudience.ProgramDirectors).ToListAsync());

        var entries = await db.Set<DisclosureEntry>().AsNoTracking().ToListAsync();
        var declined = Assert.Single(entries, e => e.Kind == DisclosureEntryKind.DecisionNotToDisclose);
        Assert.False(string.IsNullOrWhiteSpace(cipher.Open(declined.RationaleSealed, declined.Id, "Rationale")));
        var disclosure = Assert.Single(entries, e => e.Kind == DisclosureEntryKind.Disclosure);
        Assert.False(disclosure.RequiresApproval);
        Assert.Equal(disclosure.ContentSha256, DisclosurePackage.Hash(cipher.Open(disclosure.ContentSealed, disclosure.Id, "Content")!));
        Assert.Contains(concerns, c => c.Id == disclosure.ConcernId && c.Status == ConcernStatus.Disclosed);

        var grant = Assert.Single(await db.Set<BreakGlassGrant>().AsNoTracking().ToListAsync());
        Assert.Equal(BreakGlassReview.Accepted, grant.Review);
        Assert.True(grant.ExpiresAt - grant.GrantedAt <= BreakGlassGrant.MaxDuration);
        var hold = Assert.Single(await db.Set<LegalHold>().AsNoTracking().ToListAsync());
        Assert.Null(hold.LiftedAt);
        Assert.Equal(disclosure.ParticipantId, hold.ParticipantId);
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact);

        await SeedAsync(app, participants: 0);
        Assert.Equal(3, await db.Set<Concern>().CountAsync());
        Assert.Equal(2, await db.Set<DisclosureEntry>().CountAsync());
    }

    /// <summary>Enough synthetic participants that the demo caseworker has several prison cases in intervention; none on a second run.</summary>
    private static async Task SeedAsync(OfframpAppFactory app, int participants = 300)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(participants, seed: 1);
    }
}
