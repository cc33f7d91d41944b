using System.Globalization;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Web.Auth.SignIn;

/// <summary>
/// Per-account brute-force state, in the database so every web instance sees the same (no per-process counters).
/// Two kinds of failure are told apart, because only one of them needs slowing:
/// <list type="bullet">
/// <item>A wrong password (with any code). Whoever tries must guess password and code together, about one chance in
/// 200,000 times the chance of the password, so nothing is blocked: the failures are counted (an Identity token row
/// "Offramp/WrongPasswords"), audited, and every fifth flags the account for admins. The owner signs in as usual.</item>
/// <item>A right password with a wrong last factor (authenticator code, or the password of an account not yet enrolled).
/// Only someone who has the password gets here, so these are counted atomically in Identity's AccessFailedCount, and
/// from the fifth in a row the account's checks are spaced out (Identity's LockoutEnd column holds "next check not before"):
/// 30 seconds, doubling to at most 15 minutes. A check is reserved before it runs, so parallel guesses gain nothing.
/// Recovery codes (50 bits each) are never spaced out: the owner always has a way in.</item>
/// </list>
/// Nothing here is told to the person signing in: every failure answers the same message (see <see cref="SignInMessages"/>).
/// API tokens are not touched by any of it.
/// </summary>
public sealed class AccountThrottle(OfframpDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public const int FlagAfter = 5;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    public const string CounterProvider = "Offramp";

    public const string WrongPasswordsCounter = "WrongPasswords";

    /// <summary>
    /// Claims one check of the last factor: counts it first and refuses while the account's checks are spaced out.
    /// A single conditional UPDATE, so of many parallel attempts only those the database lets through are checked.
    /// </summary>
    public async Task<bool> TryReserveCheckAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = now + FirstDelay;
        var reserved = await db.Users
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1)
                .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= FlagAfter ? next : u.LockoutEnd), ct);
        return reserved == 1;
    }

    /// <summary>A successful sign-in clears both counters and any spacing.</summary>
    public async Task SucceededAsync(AppUser user, CancellationToken ct)
    {
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null), ct);
        await WrongPasswords(user.Id).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Records one failed attempt. Every failure, of a real account or an unknown email, reads the same counter row and
    /// saves one audit event, so the two answer in the same time; a real account also has its counter row written.
    /// </summary>
    public async Task FailedAsync(FailedAttempt attempt, CancellationToken ct)
    {
        var counter = await WrongPasswords(attempt.UserId).SingleOrDefaultAsync(ct);
        if (attempt.Account is not { } user)
        {
            db.Audit.Record(AuditActions.SignInFailed, AuditEntities.User, null, null, "unknown email or inactive account");
        }
        else
        {
            SignInAttribution.Attribute(http.HttpContext!, user.OrganisationId);
            var what = attempt.Kind switch
            {
                FailureKind.WrongPassword => await CountWrongPasswordAsync(user, counter),
                FailureKind.NotChecked => "attempt while the account's checks are spaced out: not checked",
                FailureKind.WrongRecoveryCode => "password right, recovery code wrong",
                _ => await SpaceOutAsync(user, ct),
            };
            db.Audit.Record(AuditActions.SignInFailed, AuditEntities.User, user.Id, null, what);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<string> CountWrongPasswordAsync(AppUser user, IdentityUserToken<Guid>? counter)
    {
        if (counter is null)
        {
            counter = new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = CounterProvider, Name = WrongPasswordsCounter, Value = "0" };
            db.Add(counter);
        }

        // Read, add one, save: two attempts racing may count once; this only decides when to flag, never who gets in.
        var count = (int.TryParse(counter.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0) + 1;
        counter.Value = count.ToString(CultureInfo.InvariantCulture);
        if (count % FlagAfter == 0)
        {
            db.Audit.Record(AuditActions.SignInFlagged, AuditEntities.User, user.Id, null, $"{count} wrong passwords since the last sign-in (API tokens unaffected)");
        }

        return "wrong password";
    }

    private async Task<string> SpaceOutAsync(AppUser user, CancellationToken ct)
    {
        var failures = await db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync(ct);
        if (failures < FlagAfter)
        {
            return "last factor wrong (the code after a right password, or the password before enrolment)";
        }

        var delay = DelayAfter(failures);
        DateTimeOffset? next = time.GetUtcNow() + delay;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, next), ct);
        if (failures == FlagAfter)
        {
            db.Audit.Record(AuditActions.SignInSlowed, AuditEntities.User, user.Id, null,
                $"password right but {FlagAfter} wrong codes in a row: the password may be known to someone; checks spaced out (API tokens unaffected)");
        }

        return $"last factor wrong ({failures} in a row; next check in {delay.TotalSeconds:0} s)";
    }

    /// <summary>30 s after the fifth failure, doubling with each one after, at most 15 minutes.</summary>
    public static TimeSpan DelayAfter(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, FirstDelay.TotalSeconds * Math.Pow(2, Math.Min(failures - FlagAfter, 20))));

    private IQueryable<IdentityUserToken<Guid>> WrongPasswords(Guid userId) =>
        db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == userId && t.LoginProvider == CounterProvider && t.Name == WrongPasswordsCounter);
}

public enum FailureKind
{
    WrongPassword,
    WrongLastFactor,
    WrongRecoveryCode,
    NotChecked,
}

/// <summary>One failed attempt: the id tried (random for an unknown email), the account if it is real and active, and why.</summary>
public sealed record FailedAttempt(Guid UserId, AppUser? Account, FailureKind Kind);
