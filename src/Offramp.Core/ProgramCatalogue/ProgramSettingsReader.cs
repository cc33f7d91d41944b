using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>The settings of a program, or the defaults when the program has none stored.</summary>
public sealed class ProgramSettingsReader(OfframpDbContext db)
{
    public async Task<ProgramSettings> ForAsync(Guid organisationId, Guid programId, CancellationToken ct = default) =>
        await db.Set<ProgramSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.ProgramId == programId && s.OrganisationId == organisationId, ct)
        ?? ProgramSettings.Defaults(organisationId, programId);
}
