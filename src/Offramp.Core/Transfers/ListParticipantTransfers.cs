using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Core.Transfers;

/// <summary>
/// The sending side's view of one participant's transfers: where to, and where each stands. For the case team and
/// the director; the package itself stays with the directors (<see cref="ListTransfers"/>). The read is audited.
/// </summary>
public sealed class ListParticipantTransfers(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<IReadOnlyList<ParticipantTransferStatus>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        // The standing only: the transfers are the read, and they go on record when there are any.
        await access.StandingAsync(participantId, ct);
        var rows = await db.Set<ParticipantTransfer>().AsNoTracking()
            .Where(t => t.ParticipantId == participantId)
            .Join(db.Programs, t => t.TargetProgramId, p => p.Id, (t, p) => new { t, Program = p.Name })
            .Join(db.Organisations, x => x.t.TargetOrganisationId, o => o.Id, (x, o) => new { x.t, x.Program, Organisation = o.Name })
            .ToListAsync(ct);
        if (rows.Count > 0)
        {
            // The panel asks on every view of the record; an empty answer reveals nothing and would only bury real reads.
            db.Audit.Record(AuditActions.Read, AuditEntities.Transfer, null, participantId, $"{rows.Count} transfers");
            await db.SaveChangesAsync(ct);
        }
        return [.. rows.OrderByDescending(r => r.t.ProposedAt).Select(r => new ParticipantTransferStatus(r.t.Id, r.Program, r.Organisation, r.t.WithinOrganisation,
            r.t.Shared, DateOnly.FromDateTime(r.t.ProposedAt.UtcDateTime), r.t.Status, r.t.DecidedOn, r.t.DecisionReason))];
    }
}

public sealed record ParticipantTransferStatus(Guid Id, string TargetProgramName, string TargetOrganisationName, bool WithinOrganisation,
    SharedSections Shared, DateOnly ProposedOn, TransferStatus Status, DateOnly? DecidedOn, string? DecisionReason);
