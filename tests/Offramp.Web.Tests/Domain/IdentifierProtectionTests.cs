using System.Net;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Participants;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Participants.Update;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Domain;

/// <summary>Identifiers are sealed per field at rest and found only by exact match through the keyed blind index.</summary>
public sealed class IdentifierProtectionTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Identifiers_are_stored_encrypted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, familyName, nationalId) = await RegisterAsync(world);

        var stored = await world.DbAsync(db => db.Participants.AsNoTracking().SingleAsync(p => p.Id == participant.Id));
        var index = await world.DbAsync(db => db.BlindIndex.AsNoTracking().Where(b => b.ParticipantId == participant.Id).ToListAsync());

        foreach (var column in new[] { stored.GivenNameSealed, stored.FamilyNameSealed, stored.AliasesSealed, stored.NationalIdSealed, stored.DateOfBirthSealed })
        {
            Assert.NotNull(column);
            foreach (var secret in new[] { "Åsa", "Asa", familyName, nationalId, "Umm Sara", "1985-03-12" })
            {
                Assert.Equal(-1, column.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            }
        }

        Assert.NotEqual(stored.GivenNameSealed, stored.FamilyNameSealed);
        // Whole name, two aliases and the national ID; then per word of two letters or more (åsa, the family name,
        // umm, sara): the word, its first three letters, and its sound where one remains ("asa" and "umm" keep one letter).
        Assert.Equal(4, index.Count(e => e.Kind is BlindIndexKind.Name or BlindIndexKind.NationalId));
        Assert.Equal(4, index.Count(e => e.Kind == BlindIndexKind.NameWord));
        Assert.Equal(4, index.Count(e => e.Kind == BlindIndexKind.NameBeginning));
        Assert.Equal(2, index.Count(e => e.Kind == BlindIndexKind.NameSound));
        Assert.All(index, entry => Assert.DoesNotContain(familyName, entry.Hash, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(familyName, (await world.GetRecordAsync(participant.Id, Persona.CaseworkerA)).Identity.FamilyName);
    }

    [Theory]
    [BothProviders]
    public async Task Sealing_the_same_name_twice_gives_different_ciphertexts(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var first = await world.RegisterParticipantAsync(customise: c => c.Identity.GivenName = "Same");
        var second = await world.RegisterParticipantAsync(customise: c => c.Identity.GivenName = "Same");

        var sealedNames = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == first.Id || p.Id == second.Id).Select(p => p.GivenNameSealed).ToListAsync());

        Assert.Equal(2, sealedNames.Count);
        Assert.NotEqual(sealedNames[0], sealedNames[1]);
    }

    [Theory]
    [BothProviders("ÅSA {0}")]
    [BothProviders("  åsa   {0}  ")]
    [BothProviders("asa {0}")]
    [BothProviders("Umm Sara {0}")]
    [BothProviders("umm-sara {0}")]
    [BothProviders("{1}")]
    public async Task Exact_search_is_insensitive_to_case_accents_and_spacing(DatabaseProviderKind provider, string pattern)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, familyName, nationalId) = await RegisterAsync(world);

        var found = await SearchAsync(world, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, familyName, nationalId));

        // The exact match comes first; people whose names merely sound alike may follow it.
        Assert.NotEmpty(found);
        Assert.Equal(participant.Code, found[0]);
    }

    [Theory]
    [BothProviders("Zebulon")]
    [BothProviders("Zebulon {0}")]
    [BothProviders("Quartermaine")]
    public async Task A_name_that_shares_no_word_beginning_or_sound_finds_nothing(DatabaseProviderKind provider, string pattern)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, familyName, _) = await RegisterAsync(world);

        var found = await SearchAsync(world, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, familyName));

        Assert.DoesNotContain(participant.Code, found);
    }

    [Theory]
    [BothProviders]
    public async Task Correcting_a_name_moves_the_blind_index(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (participant, familyName, nationalId) = await RegisterAsync(world);
        var newFamilyName = $"Berg{Guid.NewGuid():N}";

        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}",
            new UpdateParticipantDetailsCommand { Identity = new ParticipantIdentity { GivenName = "Åsa", FamilyName = newFamilyName, NationalId = nationalId } },
            await world.VersionOfAsync(participant.Id)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.DoesNotContain(participant.Code, await SearchAsync(world, $"Åsa {familyName}"));
        Assert.DoesNotContain(participant.Code, await SearchAsync(world, $"Umm Sara {familyName}"));
        Assert.Equal(participant.Code, (await SearchAsync(world, $"asa {newFamilyName}"))[0]);
        Assert.Equal([participant.Code], await SearchAsync(world, nationalId));
    }

    [Theory]
    [BothProviders]
    public async Task Search_terms_never_reach_the_audit_trail(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (_, familyName, _) = await RegisterAsync(world);

        await SearchAsync(world, $"Åsa {familyName}");

        var details = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Detail != null).Select(e => e.Detail!).ToListAsync());
        Assert.DoesNotContain(details, d => d.Contains(familyName, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(details, d => d.EndsWith(" results", StringComparison.Ordinal));
    }

    private static async Task<(RegisteredParticipant Participant, string FamilyName, string NationalId)> RegisterAsync(TestWorld world)
    {
        var familyName = $"Lindqvist{Guid.NewGuid():N}"[..20];
        var nationalId = $"19850312-{Random.Shared.Next(100000, 999999)}";
        var participant = await world.RegisterParticipantAsync(customise: c =>
        {
            c.Identity = new ParticipantIdentity
            {
                GivenName = "Åsa",
                FamilyName = familyName,
                Aliases = $"Umm Sara {familyName}\nA. L.",
                NationalId = nationalId,
                DateOfBirth = new DateOnly(1985, 3, 12),
            };
        });
        return (participant, familyName, nationalId);
    }

    private static async Task<string[]> SearchAsync(TestWorld world, string term)
    {
        var response = await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/search?q={Uri.EscapeDataString(term)}").ExpectAsync(HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync<List<ParticipantSummary>>()).Select(s => s.Code)];
    }
}
