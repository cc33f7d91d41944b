using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Search;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Participants;

/// <summary>
/// Search by part of a name through the search page: a family name alone, its first letters, another spelling of
/// it, an alias, always within the caller's scope, and never with the searched words in the audit trail. Participants
/// recorded before these indexes existed get them at the next start.
/// </summary>
public sealed class PartialNameSearchTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_word_its_beginning_or_another_spelling_finds_the_person_within_scope_only(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var omar = await RegisterAsync(world, "Omar", "Qasimoglu", "Abu Hafs");
        var amira = await RegisterAsync(world, "Amira", "Qasimi");
        var elsewhere = await RegisterAsync(world, "Omar", "Qasimoglu", by: Persona.CaseworkerB, programId: world.SecondProgramId);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var before = await world.DbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

        Assert.Equal([omar], await FoundAsync(caseworker, "qasimoglu", omar, amira, elsewhere));
        Assert.Equivalent(new[] { omar, amira }, await FoundAsync(caseworker, "Qas", omar, amira, elsewhere), strict: true);
        Assert.Equal([omar], await FoundAsync(caseworker, "Kasimoğlu", omar, amira, elsewhere));
        Assert.Equal([omar], await FoundAsync(caseworker, "Umar Qasimoglu", omar, amira, elsewhere));
        Assert.Equal([omar], await FoundAsync(caseworker, "Hafs", omar, amira, elsewhere));
        Assert.Equal([], await FoundAsync(caseworker, "Qasimov", omar, amira, elsewhere));

        // The colleague who registered the third person finds them; the searched words are nowhere in the audit trail.
        using var colleague = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        Assert.Contains(elsewhere, await FoundAsync(colleague, "qasimoglu", omar, amira, elsewhere));
        var details = await world.DbAsync(db => db.AuditEvents.Where(e => e.Sequence > before && e.Action == AuditActions.Search.Name).Select(e => e.Detail).ToListAsync());
        Assert.NotEmpty(details);
        Assert.All(details, d => Assert.DoesNotContain("qas", d ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [BothProviders]
    public async Task Participants_recorded_before_the_word_indexes_get_them_at_the_next_start(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var earlier = await RegisterAsync(world, "Hussein", "Abdirahmanov");
        var wordKinds = new[] { BlindIndexKind.NameWord, BlindIndexKind.NameBeginning, BlindIndexKind.NameSound };
        await world.DbAsync(db => db.BlindIndex.Where(b => b.ParticipantId == earlier && wordKinds.Contains(b.Kind)).ExecuteDeleteAsync());
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.DoesNotContain(earlier, await FoundAsync(caseworker, "Husayn", earlier));

        Assert.True(await WordIndexBackfill.RunAsync(world.App.Services) >= 1);

        Assert.Contains(earlier, await FoundAsync(caseworker, "Husayn", earlier));
        Assert.Contains(earlier, await FoundAsync(caseworker, "abdirahmanov", earlier));
        Assert.Equal(0, await WordIndexBackfill.RunAsync(world.App.Services));
    }

    private static async Task<Guid> RegisterAsync(TestWorld world, string given, string family, string? alias = null, Persona by = Persona.CaseworkerA, Guid? programId = null) =>
        (await world.RegisterParticipantAsync(by, programId, c =>
        {
            c.Identity.GivenName = given;
            c.Identity.FamilyName = family;
            c.Identity.Aliases = alias;
        })).Id;

    /// <summary>Which of <paramref name="among"/> the search page lists for <paramref name="term"/>, in the page's order.</summary>
    private static async Task<List<Guid>> FoundAsync(PageSession session, string term, params Guid[] among)
    {
        var html = await session.GetPageAsync($"/Participants/Search?q={Uri.EscapeDataString(term)}");
        return [.. among.Select(id => (Id: id, At: html.IndexOf($"/Participants/Details/{id}", StringComparison.Ordinal)))
            .Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Id)];
    }
}
