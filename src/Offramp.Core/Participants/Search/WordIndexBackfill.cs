using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Core.Participants.Search;

/// <summary>
/// Gives participants recorded before search by part of a name their word, beginning and sound indexes. Runs after the
/// migrations at every start; once every participant has them it costs one query. Names are opened in memory only, a
/// batch at a time; each participant's record gets an audit event saying its indexes changed, by no user.
/// </summary>
public static class WordIndexBackfill
{
    private const int Batch = 500;

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var missing = await db.Participants.AsNoTracking()
            .Where(p => (p.GivenNameSealed != null || p.FamilyNameSealed != null || p.AliasesSealed != null) &&
                !db.BlindIndex.Any(b => b.ParticipantId == p.Id && b.Kind == BlindIndexKind.NameWord))
            .Select(p => p.Id).ToListAsync(ct);
        if (missing.Count == 0)
        {
            return 0;
        }

        // The sealer needs the key ring: resolved only when there is work, so a fresh database never asks for it.
        var sealer = scope.ServiceProvider.GetRequiredService<IdentitySealer>();
        foreach (var chunk in missing.Chunk(Batch))
        {
            var people = await db.Participants.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(ct);
            foreach (var p in people)
            {
                db.BlindIndex.AddRange(sealer.WordEntries(p, IdentitySealer.NamesOf(sealer.Open(p))));
                db.Audit.Record(AuditActions.Update, AuditEntities.Participant, p.Id, p.Id, "search indexes by part of a name added");
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return missing.Count;
    }
}
