using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Participants.Caseload;

/// <summary>Turns one page of participants into summaries: names opened for that page only, last session in one query.</summary>
public sealed class SummaryProjector(OfframpDbContext db, FieldCipher cipher)
{
    public async Task<List<ParticipantSummary>> ProjectAsync(IReadOnlyList<SummarySource> page, CancellationToken ct)
    {
        var ids = page.Select(p => p.Id).ToList();
        var programIds = page.Select(p => p.ProgramId).Distinct().ToList();
        var programs = await db.Programs.AsNoTracking().Where(p => programIds.Contains(p.Id)).Select(p => new { p.Id, p.Name })
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lastSessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.ParticipantId))
            .GroupBy(s => s.ParticipantId).Select(g => new { g.Key, Last = g.Max(s => s.HeldOn) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        return [.. page.Select(p => new ParticipantSummary(
            p.Id,
            p.Code,
            DisplayName(p),
            p.Stage,
            programs.GetValueOrDefault(p.ProgramId, ""),
            lastSessions.TryGetValue(p.Id, out var last) ? last : null))];
    }

    private string DisplayName(SummarySource p) =>
        string.Join(' ', new[]
        {
            cipher.Open(p.GivenNameSealed, p.Id, nameof(ParticipantIdentity.GivenName)),
            cipher.Open(p.FamilyNameSealed, p.Id, nameof(ParticipantIdentity.FamilyName)),
        }.Where(s => !string.IsNullOrEmpty(s)));
}
