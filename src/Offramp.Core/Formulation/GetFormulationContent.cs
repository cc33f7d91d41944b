using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Formulation;

/// <summary>The latest formulation's content for another use case that has already checked scope (e.g. a transfer package).</summary>
public sealed class GetFormulationContent(OfframpDbContext db, FieldCipher cipher)
{
    public async Task<FormulationContent?> LatestAsync(Guid participantId, CancellationToken ct)
    {
        var row = await db.Set<CaseFormulation>().AsNoTracking().Where(f => f.ParticipantId == participantId)
            .OrderByDescending(f => f.Revision).FirstOrDefaultAsync(ct);
        return row is null ? null : JsonSerializer.Deserialize<FormulationContent>(cipher.Open(row.ContentSealed, row.Id, "Content")!);
    }
}
