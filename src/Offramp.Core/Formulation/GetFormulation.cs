using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Formulation;

/// <summary>The formulation at a revision (default: the latest) and the list of revisions; audited.</summary>
public sealed class GetFormulation(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<FormulationView?> ExecuteAsync(Guid participantId, int? revision = null, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var revisions = await db.Set<CaseFormulation>().AsNoTracking().Where(f => f.ParticipantId == participantId)
            .OrderByDescending(f => f.Revision)
            .Select(f => new FormulationRevision(f.Revision, f.AuthoredByUserId, f.RecordedAt))
            .ToListAsync(ct);
        var wanted = revision ?? revisions.FirstOrDefault()?.Revision;
        var row = wanted is null ? null : await db.Set<CaseFormulation>().AsNoTracking()
            .SingleOrDefaultAsync(f => f.ParticipantId == participantId && f.Revision == wanted, ct);
        if (row is null)
        {
            if (revision is not null)
            {
                throw new Common.NotFoundException();
            }

            return null;
        }

        db.Audit.Record(AuditActions.Read, AuditEntities.Formulation, row.Id, participantId, $"revision {row.Revision}");
        await db.SaveChangesAsync(ct);
        var content = JsonSerializer.Deserialize<FormulationContent>(cipher.Open(row.ContentSealed, row.Id, "Content")!)!;
        return new FormulationView(row.Id, row.Revision, row.AuthoredByUserId, row.ContributorUserIds, row.RecordedAt, content, revisions);
    }
}

public sealed record FormulationRevision(int Revision, Guid AuthoredByUserId, DateTimeOffset RecordedAt);

public sealed record FormulationView(Guid Id, int Revision, Guid AuthoredByUserId, IReadOnlyList<Guid> ContributorUserIds, DateTimeOffset RecordedAt,
    FormulationContent Content, IReadOnlyList<FormulationRevision> Revisions);
