using System.Net;
using System.Security.Cryptography;

using Microsoft.AspNetCore.DataProtection;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Security;
using Offramp.TestSupport;

using Xunit;

namespace Offramp.Web.Tests.Concurrency;

/// <summary>
/// Two web instances behind a load balancer on one PostgreSQL and one shared key folder, as README describes. Each has its
/// own memory, so anything kept per process (the key ring, single-use codes, the audit head) must still agree through the database.
/// </summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Instances_starting_together_on_a_new_database_build_one_and_the_same_key_ring()
    {
        await using var first = await OfframpAppFactory.CreateAsync(DatabaseProviderKind.Postgres);
        await using var second = first.SecondInstance();
        Assert.Equal(0, await first.WithDbAsync(db => Task.FromResult(db.ProtectedKeys.Count())));

        // Eight rings, four per instance, as eight processes starting at the same moment (a race needs more than two runners
        // to show itself reliably): each builds its ring from the database and creates what is missing.
        var rings = Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? first : second).Select(app => new KeyRing(
            app.Services.GetRequiredService<IDataProtectionProvider>(), app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<Offramp.Core.Common.IClock>())).ToList();
        using var start = new Barrier(rings.Count);
        var keys = await Task.WhenAll(rings.Select(ring => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return (Field: ring.ActiveFieldKey, Index: ring.BlindIndexKey, Audit: ring.AuditSigningKey);
            },
            TaskCreationOptions.LongRunning)));

        Assert.Equal(3, await first.WithDbAsync(db => Task.FromResult(db.ProtectedKeys.Count())));
        Assert.All(keys, k =>
        {
            Assert.Equal(keys[0].Field.Id, k.Field.Id);
            Assert.Equal(keys[0].Field.Key, k.Field.Key);
            Assert.Equal(keys[0].Index, k.Index);
            Assert.Equal(keys[0].Audit, k.Audit);
        });
    }

    [Fact]
    public async Task A_record_sealed_under_a_key_the_other_instance_never_loaded_still_opens_there()
    {
        await using var world = await TestWorld.CreateAsync(DatabaseProviderKind.Postgres);
        await using var second = world.App.SecondInstance();
        var secondRing = second.Services.GetRequiredService<KeyRing>();
        _ = secondRing.ActiveFieldKey;

        // The first instance rotates (as `offramp keys rotate` would from another process) and writes under the new key.
        await world.DbAsync(async db =>
        {
            db.ProtectedKeys.Add(new ProtectedKey
            {
                Purpose = KeyPurpose.FieldEncryption,
                WrappedMaterial = world.App.Services.GetRequiredService<IDataProtectionProvider>()
                    .CreateProtector("Offramp.KeyRing.v1").Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        world.App.Services.GetRequiredService<KeyRing>().Reload();
        var participant = await world.RegisterParticipantAsync();

        var token = world.Account(Persona.CaseworkerA).WriteToken;
        using var client = second.CreateApiClient(token);
        var response = await client.GetAsync($"/api/v1/participants/{participant.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"givenName\":\"Test\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_audited_reads_and_writes_through_both_instances_never_fail_and_the_chain_verifies()
    {
        await using var world = await TestWorld.CreateAsync(DatabaseProviderKind.Postgres);
        await using var second = world.App.SecondInstance();
        var participant = await world.RegisterParticipantAsync();
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        using var onFirst = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        using var onSecond = await PageSession.SignInAsync(world, Persona.Director, second);
        using var writerFirst = world.App.CreateApiClient(world.Account(Persona.CaseworkerA).WriteToken);
        using var writerSecond = second.CreateApiClient(world.Account(Persona.Mentor).WriteToken);

        var work = Enumerable.Range(0, 64).Select(i => (i % 4) switch
        {
            0 => Page(onFirst, i % 8 == 0 ? "/" : $"/Participants/Details/{participant.Id}"),
            1 => Page(onSecond, i % 8 == 1 ? "/" : $"/Participants/Search?q={participant.Code}"),
            2 => Write(writerFirst, participant.Id),
            _ => Write(writerSecond, participant.Id),
        }).ToList();
        var statuses = await Task.WhenAll(work.Select(w => Task.Run(w)));

        var failed = statuses.Where(s => s is not (HttpStatusCode.OK or HttpStatusCode.Created)).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of 64 requests failed: {string.Join(", ", failed)}");
        await using var scope = second.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.IsIntact, verification.Message);
    }

    private static Func<Task<HttpStatusCode>> Page(PageSession session, string path) =>
        async () => (await session.GetResponseAsync(path)).StatusCode;

    private static Func<Task<HttpStatusCode>> Write(HttpClient client, Guid participantId) =>
        async () => (await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/sessions", TestWorld.NewSession())).StatusCode;
}
