using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;

namespace Offramp.Web.Tests;

/// <summary>How many rows the case tables and the audit chain hold: equal before and after a refused request means nothing was half-written.</summary>
public sealed record RowCounts(int Participants, int BlindIndex, int Referrals, int Consents, int StageChanges, int TeamMembers, int JusticeEvents, int Sessions, int AuditEvents, long AuditHead)
{
    public static Task<RowCounts> TakeAsync(TestWorld world) => world.DbAsync(async db => new RowCounts(
        await db.Participants.CountAsync(),
        await db.BlindIndex.CountAsync(),
        await db.Referrals.CountAsync(),
        await db.Consents.CountAsync(),
        await db.StageChanges.CountAsync(),
        await db.CaseTeamMembers.CountAsync(),
        await db.JusticeEvents.CountAsync(),
        await db.Sessions.CountAsync(),
        await db.AuditEvents.CountAsync(),
        await db.AuditHeads.Select(h => h.Sequence).SingleAsync()));
}
