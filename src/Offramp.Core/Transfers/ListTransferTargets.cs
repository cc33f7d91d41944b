using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Transfers;

/// <summary>
/// The programs of the deployment a participant could move to, for the director choosing one: their own
/// organisation's programs first, then the other organisations'. Names only, no case data.
/// </summary>
public sealed class ListTransferTargets(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<IReadOnlyList<TransferTarget>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.StandingAsync(participantId, ct);
        standing.RequireDirector();
        var participant = standing.Participant;
        var rows = await db.Programs.AsNoTracking()
            .Where(p => p.Id != participant.ProgramId)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Id, p.Name, p.OrganisationId, Organisation = o.Name })
            .ToListAsync(ct);
        return [.. rows
            .Select(r => new TransferTarget(r.Id, r.Name, r.Organisation, r.OrganisationId == participant.OrganisationId))
            .OrderByDescending(t => t.WithinOrganisation).ThenBy(t => t.OrganisationName, StringComparer.Ordinal).ThenBy(t => t.ProgramName, StringComparer.Ordinal)];
    }
}

public sealed record TransferTarget(Guid ProgramId, string ProgramName, string OrganisationName, bool WithinOrganisation);
