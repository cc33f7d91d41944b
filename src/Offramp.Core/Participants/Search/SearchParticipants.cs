using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants.Caseload;

namespace Offramp.Core.Participants.Search;

/// <summary>
/// Finds participants in scope by code, whole name, alias or national ID (exact), or by part of a name: a word alone
/// ("Farouq"), its first letters ("Far"), or a spelling that sounds the same ("Faruq", "Umar" for "Omar"). Every
/// search runs on blind indexes; candidates found by a word's beginning or sound are then decrypted and checked, and
/// only those whose names really match are shown, best match first. The search terms never reach the audit trail or
/// logs; only how many results there were.
/// </summary>
public sealed class SearchParticipants(OfframpDbContext db, ParticipantAccess access, ScopeLoader scopes, IdentitySealer sealer, SummaryProjector projector)
{
    /// <summary>Candidates checked at most: a three-letter beginning can match many people in a large organisation.</summary>
    private const int MaxCandidates = 2000;

    private const int MaxResults = 50;

    public async Task<IReadOnlyList<ParticipantSummary>> ExecuteAsync(string? term, CancellationToken ct = default)
    {
        term = term?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            throw new DomainException("Enter a code, a name or part of it, or a national ID.", "q");
        }

        if (term.Length > 200)
        {
            throw new DomainException("The search text is too long (200 characters at most).", "q");
        }

        var visible = await access.VisibleAsync(ct);
        var organisationId = (await scopes.GetAsync(ct)).OrganisationId;
        var code = term.ToUpperInvariant();
        var nameHash = sealer.SearchHash(BlindIndexKind.Name, term);
        var idHash = sealer.SearchHash(BlindIndexKind.NationalId, term);
        // The few exact matches first (code index, blind index within the organisation), then the scope check on just
        // those ids: one combined query let SQLite walk every participant of the organisation when its statistics were stale.
        var exact = await db.Participants.Where(p => p.Code == code).Select(p => p.Id)
            .Concat(db.BlindIndex
                .Where(b => b.OrganisationId == organisationId &&
                    ((b.Kind == BlindIndexKind.Name && b.Hash == nameHash) || (b.Kind == BlindIndexKind.NationalId && b.Hash == idHash)))
                .Select(b => b.ParticipantId))
            .ToListAsync(ct);
        var words = NameKeys.Tokens(term).ToList();
        var partial = words.Count == 0 ? [] : await PartialCandidatesAsync(organisationId, words, ct);
        var candidates = exact.Concat(partial).Distinct().ToList();
        var rows = await visible.AsNoTracking()
            .Where(p => candidates.Contains(p.Id))
            .Take(MaxCandidates)
            .ToListAsync(ct);

        // Rank: exact matches, then every word matched as a word, by its beginning, by its sound. A candidate found
        // only through a shared beginning or sound that does not match once decrypted is dropped here.
        var exactIds = exact.ToHashSet();
        var ranked = rows
            .Select(p => (Participant: p, Rank: exactIds.Contains(p.Id) ? -1 : Rank(words, sealer.Open(p))))
            .Where(r => r.Rank != (int)NameMatch.None)
            .OrderBy(r => r.Rank).ThenBy(r => r.Participant.Code)
            .Take(MaxResults)
            .Select(r => SummarySource.Of(r.Participant))
            .ToList();
        var items = await projector.ProjectAsync(ranked, ct);
        db.Audit.Record(AuditActions.Search, AuditEntities.Participant, null, null, $"{items.Count} results");
        await db.SaveChangesAsync(ct);
        return items;
    }

    /// <summary>Participants whose names hold, for every searched word, that word, its beginning or its sound.</summary>
    private async Task<List<Guid>> PartialCandidatesAsync(Guid organisationId, List<string> words, CancellationToken ct)
    {
        HashSet<Guid>? all = null;
        foreach (var word in words)
        {
            var hashes = new List<(BlindIndexKind Kind, string Hash)> { (BlindIndexKind.NameWord, sealer.SearchHash(BlindIndexKind.NameWord, word)) };
            if (NameKeys.Prefix(word) is { } prefix)
            {
                hashes.Add((BlindIndexKind.NameBeginning, sealer.SearchHash(BlindIndexKind.NameBeginning, prefix)));
            }

            if (NameKeys.Sound(word) is { } sound)
            {
                hashes.Add((BlindIndexKind.NameSound, sealer.SearchHash(BlindIndexKind.NameSound, sound)));
            }

            var wordHash = hashes[0].Hash;
            var beginning = hashes.FirstOrDefault(h => h.Kind == BlindIndexKind.NameBeginning).Hash ?? "";
            var soundHash = hashes.FirstOrDefault(h => h.Kind == BlindIndexKind.NameSound).Hash ?? "";
            var found = await db.BlindIndex
                .Where(b => b.OrganisationId == organisationId &&
                    ((b.Kind == BlindIndexKind.NameWord && b.Hash == wordHash) ||
                     (b.Kind == BlindIndexKind.NameBeginning && b.Hash == beginning) ||
                     (b.Kind == BlindIndexKind.NameSound && b.Hash == soundHash)))
                .Select(b => b.ParticipantId).Distinct().Take(MaxCandidates)
                .ToListAsync(ct);
            all = all is null ? [.. found] : [.. all.Intersect(found)];
            if (all.Count == 0)
            {
                break;
            }
        }

        return [.. all ?? []];
    }

    /// <summary>The worst match among the searched words (each must match some word of a name), or None.</summary>
    private static int Rank(List<string> words, ParticipantIdentity identity)
    {
        var nameWords = IdentitySealer.NamesOf(identity).SelectMany(NameKeys.Tokens).Distinct().ToList();
        if (words.Count == 0 || nameWords.Count == 0)
        {
            return (int)NameMatch.None;
        }

        return words.Max(w => nameWords.Select(n => (int)NameKeys.Match(w, n)).DefaultIfEmpty((int)NameMatch.None).Min());
    }
}
