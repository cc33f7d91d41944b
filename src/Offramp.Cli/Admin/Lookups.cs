using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Data;
using Offramp.Core.Organisations;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>Finds organisations and programs by the exact names an operator types, with messages that say what to do next.</summary>
public static class Lookups
{
    public static async Task<Organisation> OrganisationAsync(OfframpDbContext db, string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == trimmed, ct)
            ?? throw new CliException(L["no organisation is named '{0}'. Create it with `offramp admin create-org --name \"{0}\"`.", trimmed]);
    }

    public static async Task<OfframpProgram> ProgramAsync(OfframpDbContext db, Guid organisationId, string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId && p.Name == trimmed, ct)
            ?? throw new CliException(L["the organisation has no program named '{0}'. Create it with `offramp admin create-program`.", trimmed]);
    }
}
