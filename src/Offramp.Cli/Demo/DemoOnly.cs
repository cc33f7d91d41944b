using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Data;
using Offramp.Hosting.Demo;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>
/// The demo accounts' passwords and TOTP secrets are public. These guards keep them, and the helpers that use
/// them, away from real organisations and real accounts.
/// </summary>
public static class DemoOnly
{
    public static DemoAccount Account(string email) =>
        DemoAccounts.SignIn.SingleOrDefault(a => a.Email.Equals(email.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new CliException(
            L["that is not a demo account; this command works only for: {0}.", string.Join(", ", DemoAccounts.SignIn.Select(a => a.Email))]);

    /// <summary>Seeding next to real organisations would add accounts anyone can sign in to.</summary>
    public static async Task EnsureNoRealOrganisationsAsync(OfframpDbContext db, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.Name != DemoOrganisation.Name && o.Name != Hosting.Demo.Hub.DemoHub.Name, ct))
        {
            throw new CliException(
                L["this database holds organisations other than the demo one; demo accounts have public passwords, so seed a separate database (set OFFRAMP_DB or run in another folder)."]);
        }
    }

    /// <summary>A demo email that someone registered in a real organisation is still a real account.</summary>
    public static async Task<(Guid UserId, Guid OrganisationId)> DemoOrganisationUserAsync(OfframpDbContext db, DemoAccount account, CancellationToken ct)
    {
        var normalised = account.Email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalised)
            .Join(db.Organisations.Where(o => o.Name == DemoOrganisation.Name || o.Name == Hosting.Demo.Hub.DemoHub.Name), u => u.OrganisationId, o => o.Id, (u, o) => new { u.Id, u.OrganisationId })
            .SingleOrDefaultAsync(ct);
        return user is not null
            ? (user.Id, user.OrganisationId)
            : throw new CliException(L["the demo organisation is not in this database: run `offramp demo seed` first."]);
    }
}
