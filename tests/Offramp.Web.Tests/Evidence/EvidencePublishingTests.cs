using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

using static Offramp.Web.Tests.Evidence.EvidenceScenario;

namespace Offramp.Web.Tests.Evidence;

/// <summary>
/// Evidence leaves a program only as a signed bundle a second person released with step-up, through disclosure control
/// that no subtraction of released figures defeats; a hub accepts it only from a registered, unrevoked key, unchanged
/// and new, and compares and pools what it accepted.
/// </summary>
public sealed class EvidencePublishingTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Released_bundles_of_two_years_and_the_cumulative_period_give_no_small_count_away(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, director) = await ProgramWithCasesAsync(world, "Differencing");
        // Unrounded, so the attacker sees exact values: only disclosure control stands between it and a small count.
        await world.DbAsync(db => db.Organisations.Where(o => o.Id == world.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.EvidenceRoundingBase, 1)));
        try
        {
            var released = new List<EvidenceBundle>();
            foreach (var period in new[] { "2024", "2025", "all" })
            {
                released.Add(await ProposeAndReleaseAsync(world, program, director, period));
            }

            Assert.All(released, b => Assert.Equal(1, b.Disclosure.RoundingBase));
            Assert.Contains(released, b => b.Disclosure.SecondarySuppressions > 0);
            Assert.Contains(released, b => b.Breakdowns.Any(c => c.Participants.Suppressed));
            Assert.Contains(released, b => b.Breakdowns.Any(c => !c.Participants.Suppressed));
            Assert.Empty(DifferencingAttacker.Recover(released, Threshold, firstYear: 2023));
        }
        finally
        {
            await world.DbAsync(db => db.Organisations.Where(o => o.Id == world.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.EvidenceRoundingBase, 5)));
        }
    }

    [Theory]
    [BothProviders]
    public async Task A_bundle_leaves_only_when_a_second_person_the_director_releases_it_with_step_up(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, director) = await ProgramWithCasesAsync(world, "Four eyes");
        var proposed = await ProposeAsync(world.Client(Persona.Evaluator), program, "all");
        var view = await (await world.Client(Persona.Evaluator).GetAsync($"/api/v1/programs/{program}/evidence/{proposed}").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<EvidenceReleaseView>();
        Assert.Equal("Proposed", view.Status);
        Assert.All(view.Bundle.Breakdowns, b => Assert.True(b.Participants.Suppressed || b.Participants.Value >= Threshold));
        Assert.NotEmpty(view.Bundle.Breakdowns);
        Assert.All(view.Bundle.Breakdowns.Where(b => b.Participants.Value is not null), b => Assert.Equal(0, b.Participants.Value!.Value % 5));

        // The evaluator cannot release; the director without step-up cannot; the proposer can never release their own.
        await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evidence/{proposed}/release", new { version = view.Version })
            .ExpectAsync(HttpStatusCode.NotFound);
        await TestWorld.SendWithStepUpAsync(director.Client, HttpMethod.Post, $"/api/v1/programs/{program}/evidence/{proposed}/release", new { version = view.Version }, null)
            .ExpectAsync(HttpStatusCode.Forbidden);
        var own = await ProposeAsync(director.Client, program, "2024");
        var ownView = await (await director.Client.GetAsync($"/api/v1/programs/{program}/evidence/{own}")).ReadJsonAsync<EvidenceReleaseView>();
        var ownRelease = await TestWorld.SendWithStepUpAsync(director.Client, HttpMethod.Post, $"/api/v1/programs/{program}/evidence/{own}/release",
            new { version = ownView.Version }, await Code(world, director));
        Assert.Equal(HttpStatusCode.Forbidden, ownRelease.StatusCode);
        Assert.Contains("second person", await ownRelease.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await TestWorld.SendWithStepUpAsync(director.Client, HttpMethod.Post, $"/api/v1/programs/{program}/evidence/{proposed}/release", new { version = view.Version },
            await Code(world, director)).ExpectAsync(HttpStatusCode.NoContent);
        var file = await (await world.Client(Persona.Evaluator).GetAsync($"/api/v1/programs/{program}/evidence/{proposed}/signed").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
        var (envelope, bundle) = EvidenceFile.Open(file);
        Assert.Equal(view.Bundle.BundleId, bundle.BundleId);
        Assert.StartsWith("ed25519:", envelope.KeyId, StringComparison.Ordinal);
        var events = await world.DbAsync(db => db.AuditEvents.Where(e => e.EntityId == proposed).Select(e => e.Action).ToListAsync());
        Assert.Contains("evidence-proposed", events);
        Assert.Contains("EVIDENCE-RELEASED", events);

        // Another program's staff, and the other organisation, do not even see it.
        await world.Client(Persona.OtherOrganisationDirector).GetAsync($"/api/v1/programs/{program}/evidence/{proposed}").ExpectAsync(HttpStatusCode.NotFound);
        await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/programs/{program}/evidence").ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task The_hub_refuses_unsigned_tampered_unknown_and_revoked_bundles_and_a_period_twice_and_compares_what_it_accepted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (program, director) = await ProgramWithCasesAsync(world, "Hub");
        await ProposeAndReleaseAsync(world, program, director, "all");
        var releaseId = await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.ProgramId == program && r.Status == EvidenceReleaseStatus.Released).Select(r => r.Id).SingleAsync());
        var file = await (await world.Client(Persona.Evaluator).GetAsync($"/api/v1/programs/{program}/evidence/{releaseId}/signed")).Content.ReadAsByteArrayAsync();
        var (envelope, _) = EvidenceFile.Open(file);
        var hub = await HubAsync(world);

        // Unknown key first: the hub admin has not registered the publisher.
        await Refused(hub.Admin, file, "not registered");
        var publisher = await (await hub.Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/hub/publishers", new { name = "Main organisation", publicKey = envelope.PublicKey })
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

        await Refused(hub.Admin, "{\"hello\":1}"u8.ToArray(), "not a signed evidence bundle");
        var tampered = envelope with { Payload = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(envelope.PayloadBytes()).Replace("\"value\":", "\"value\": ", StringComparison.Ordinal))) };
        await Refused(hub.Admin, tampered.ToFileBytes(), "does not match the content");
        var otherKey = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        var otherPublic = otherKey.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
        var wrongKey = SignedEvidence.Create(PublishingKeys.KeyIdOf(otherPublic), otherPublic, envelope.PayloadBytes(),
            NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(otherKey, envelope.PayloadBytes()));
        await Refused(hub.Admin, wrongKey.ToFileBytes(), "not registered");

        await Post(hub.Reader, file).ExpectAsync(HttpStatusCode.Created);
        await Refused(hub.Reader, file, "already been received");
        var comparison = await (await hub.Reader.GetAsync("/api/v1/hub/compare").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<EvidenceComparisonView>();
        var compared = Assert.Single(comparison.Metrics).Programs;
        var accepted = EvidenceFile.Open(file).Bundle;
        var row = Assert.Single(compared, p => p.BundleId == accepted.BundleId);
        Assert.Equal(accepted.Metrics[0].Overall.Included.Value, row.Included);
        Assert.Equal(accepted.Metrics[0].Overall.Estimate, row.Proportion);

        // Revoked: nothing more signed with that key is accepted.
        var registered = await (await hub.Admin.GetAsync("/api/v1/hub/publishers")).ReadJsonAsync<List<HubPublisherView>>();
        var key = Assert.Single(Assert.Single(registered, p => p.Id == publisher).Keys);
        Assert.Equal(envelope.KeyId, key.KeyId);
        await hub.Admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/hub/keys/{key.Id}/revoke").ExpectAsync(HttpStatusCode.NoContent);
        await ProposeAndReleaseAsync(world, program, director, "2024");
        var second = await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.ProgramId == program && r.PeriodCode == "2024").Select(r => r.SignedFile).SingleAsync());
        await Refused(hub.Admin, System.Text.Encoding.UTF8.GetBytes(second!), "revoked");

        // Nothing about a person reaches the hub: no participant code appears in anything it holds or answers.
        var codes = await world.DbAsync(db => db.Participants.Where(p => p.ProgramId == program).Select(p => p.Code).ToListAsync());
        var held = string.Join("\n", await world.DbAsync(db => db.Set<HubBundle>().Select(b => b.SignedFile + b.Document).ToListAsync()));
        var answer = await hub.Reader.GetStringAsync("/api/v1/hub/compare");
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.DoesNotContain(code, held + answer, StringComparison.Ordinal));

        // A program's staff elsewhere are not at the hub.
        await world.Client(Persona.Evaluator).GetAsync("/api/v1/hub/compare").ExpectAsync(HttpStatusCode.NotFound);
        await hub.Reader.SendJsonAsync(HttpMethod.Post, "/api/v1/hub/publishers", new { name = "Self-registered", publicKey = envelope.PublicKey }).ExpectAsync(HttpStatusCode.NotFound);
    }
}
