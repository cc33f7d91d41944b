using System.Globalization;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Web.Auth.SignIn;

/// <summary>One account someone may be trying to get into, as the organisation admin sees it.</summary>
public sealed record SignInFlag(Guid UserId, string DisplayName, string? Email, int WrongPasswords, int WrongCodesAfterRightPassword, DateTimeOffset? ChecksSpacedUntil);

/// <summary>
/// Accounts of the admin's organisation with at least <see cref="AccountThrottle.FlagAfter"/> failed sign-ins since their
/// last success (the audit trail keeps each attempt). Others get 404, like every admin screen.
/// </summary>
public sealed class ListSignInFlags(ScopeLoader scopes, OfframpDbContext db)
{
    public async Task<IReadOnlyList<SignInFlag>> ExecuteAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.IsOrganisationAdmin)
        {
            throw new NotFoundException();
        }

        var counters = db.Set<IdentityUserToken<Guid>>()
            .Where(t => t.LoginProvider == AccountThrottle.CounterProvider && t.Name == AccountThrottle.WrongPasswordsCounter);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == scope.OrganisationId)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.AccessFailedCount, u.LockoutEnd, WrongPasswords = counters.Where(t => t.UserId == u.Id).Select(t => t.Value).FirstOrDefault() })
            .Where(u => u.AccessFailedCount > 0 || u.WrongPasswords != null)
            .ToListAsync(ct);
        return [.. rows
            .Select(u => new SignInFlag(u.Id, u.DisplayName, u.Email,
                int.TryParse(u.WrongPasswords, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0, u.AccessFailedCount, u.LockoutEnd))
            .Where(f => f.WrongPasswords >= AccountThrottle.FlagAfter || f.WrongCodesAfterRightPassword >= AccountThrottle.FlagAfter)
            .OrderBy(f => f.DisplayName, StringComparer.Ordinal)];
    }
}
