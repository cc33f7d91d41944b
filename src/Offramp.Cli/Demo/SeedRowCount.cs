using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Cli.Demo;

/// <summary>Counts the rows a seed writes (the participant and every part of their history), for an honest rows/s figure.</summary>
public static class SeedRowCount
{
    public static async Task<long> CountAsync(OfframpDbContext db, CancellationToken ct) =>
        await db.Participants.LongCountAsync(ct)
        + await db.BlindIndex.LongCountAsync(ct)
        + await db.Referrals.LongCountAsync(ct)
        + await db.Consents.LongCountAsync(ct)
        + await db.StageChanges.LongCountAsync(ct)
        + await db.CaseTeamMembers.LongCountAsync(ct)
        + await db.JusticeEvents.LongCountAsync(ct)
        + await db.Sessions.LongCountAsync(ct)
        + await db.AuditEvents.LongCountAsync(ct);
}
