using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Disclosure;

/// <summary>
/// Step-up authentication for disclosure: the web layer verifies a TOTP and calls <see cref="Record"/>; the use case
/// calls <see cref="RequireFreshAsync"/>, which refuses unless a check succeeded within <see cref="Window"/>.
/// </summary>
public sealed class StepUpGuard(OfframpDbContext db, IClock clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public async Task RequireFreshAsync(Guid userId, CancellationToken ct)
    {
        var since = clock.UtcNow - Window;
        if (!await db.Set<StepUpRecord>().AnyAsync(s => s.UserId == userId && s.VerifiedAt > since, ct))
        {
            throw new ForbiddenException("This decision needs a fresh authenticator code (step-up within the last 5 minutes).");
        }
    }

    /// <summary>Stores a successful check; saved with the caller's unit of work.</summary>
    public void Record(Guid userId)
    {
        db.Set<StepUpRecord>().Add(new StepUpRecord { UserId = userId, VerifiedAt = clock.UtcNow });
        db.Audit.Record(ProtectionAuditActions.StepUp, "user", userId, null, "authenticator code verified for a disclosure decision");
    }

    public void RecordFailure(Guid userId) =>
        db.Audit.Record(ProtectionAuditActions.StepUpFailed, "user", userId, null, "wrong or expired authenticator code at step-up");
}
