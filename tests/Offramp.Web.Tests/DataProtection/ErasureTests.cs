using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.DataProtection;
using Offramp.Core.Erasure;
using Offramp.Core.Retention;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>Erasure is refused under a legal hold, with the reason; once allowed it removes identifiers and text, keeps coded data, and the chain still verifies.</summary>
public sealed class ErasureTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly EraseParticipantCommand Request = new() { Reference = "DSR-2026-014", RequestVerified = true };

    [Theory]
    [BothProviders]
    public async Task Erasure_under_a_legal_hold_is_refused_with_the_reason_then_done_once_lifted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync(customise: c => c.Identity.NationalId = "NI-4471")).Id;
        await world.WalkToAsync(participant, Stage.Intervention);
        var session = await world.LogSessionAsync(participant, Persona.CaseworkerA, ConfidentialityClass.Standard, "Spoke about his brother.");
        var director = world.Client(Persona.Director);
        await world.RecordStepUpAsync(world.UserId(Persona.Director));
        var hold = await (await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/legal-holds", new LegalHoldCommand { Reason = "Court order 2026/118" })
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

        var refused = await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/erasure", Request);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Court order 2026/118", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Test", (await world.GetRecordAsync(participant)).Identity.GivenName);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/erasure", Request)).StatusCode);

        await director.SendJsonAsync(HttpMethod.Delete, $"/api/v1/participants/{participant}/legal-holds/{hold}", ifMatch: 1).ExpectAsync(HttpStatusCode.NoContent);
        await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/erasure", Request).ExpectAsync(HttpStatusCode.NoContent);

        var record = await world.GetRecordAsync(participant);
        Assert.Null(record.Identity.GivenName);
        Assert.Null(record.Identity.NationalId);
        Assert.Equal(Stage.Intervention, record.Stage);
        var erasedSession = Assert.Single(record.Sessions, s => s.Id == session);
        Assert.Null(erasedSession.Notes);
        Assert.Equal(60, erasedSession.DurationMinutes);
        Assert.False(await world.DbAsync(db => db.BlindIndex.AnyAsync(b => b.ParticipantId == participant)));
        var erasure = await world.DbAsync(db => db.Set<ErasureRecord>().SingleAsync(e => e.ParticipantId == participant));
        Assert.Equal("DSR-2026-014", erasure.Reference);
        var trail = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.ParticipantId == participant).ToListAsync());
        Assert.Contains(trail, e => e.Action == AuditActions.ErasureRefused && e.Detail == "legal hold");
        Assert.Contains(trail, e => e.Action == AuditActions.Erasure);
        Assert.DoesNotContain(trail, e => (e.Detail ?? "").Contains("brother", StringComparison.Ordinal) || (e.Detail ?? "").Contains("Test", StringComparison.Ordinal));
        var verification = await (await world.Client(Persona.Auditor).GetAsync("/api/v1/audit/verification").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<AuditVerification>();
        Assert.True(verification.IsIntact, verification.Message);
    }

    [Theory]
    [BothProviders]
    public async Task Erasure_is_refused_while_the_disclosure_register_must_be_kept(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        await world.SendDisclosureAsync(participant, TestWorld.NewDisclosure(), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director)).ExpectAsync(HttpStatusCode.Created);

        var refused = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/erasure", Request);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("disclosure", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Test", (await world.GetRecordAsync(participant)).Identity.GivenName);
    }
}
