using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Disclosure;

/// <summary>
/// Step-up authentication for disclosure, role grants, erasure and break-glass: the web layer checks a TOTP code and hands the time-step it matched to
/// <see cref="AcceptAsync"/>; the use case calls <see cref="RequireFreshAsync"/>, which refuses unless a check succeeded
/// within <see cref="Window"/>. A code is single use (RFC 6238 §5.2: a time-step not newer than the last accepted one
/// is refused), and <see cref="MaxWrongCodes"/> wrong codes in a row lock step-up for <see cref="LockDuration"/>,
/// so the six digits cannot be guessed from inside a stolen session.
/// </summary>
public sealed class StepUpGuard(OfframpDbContext db, IClock clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public const int MaxWrongCodes = 5;

    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    public async Task RequireFreshAsync(Guid userId, CancellationToken ct)
    {
        var since = clock.UtcNow - Window;
        if (!await db.Set<StepUpRecord>().AnyAsync(s => s.UserId == userId && s.VerifiedAt > since, ct))
        {
            throw new ForbiddenException("This action needs a fresh authenticator code (step-up within the last 5 minutes): type it in the form, or send it in the X-Offramp-Step-Up header.");
        }
    }

    /// <summary>
    /// Accepts or refuses one attempt and saves the outcome (audited either way). <paramref name="matchedTimeStep"/> is
    /// the TOTP time-step the code matched, or null for a wrong code. Throws <see cref="ForbiddenException"/> on refusal.
    /// </summary>
    public async Task AcceptAsync(Guid userId, long? matchedTimeStep, CancellationToken ct)
    {
        var state = await db.Set<StepUpState>().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (state is null)
        {
            state = new StepUpState { UserId = userId };
            db.Set<StepUpState>().Add(state);
        }
        else
        {
            // Every attempt moves the version, so two attempts read from the same state cannot both be saved.
            state.Version++;
        }

        var refusal = Decide(state, userId, matchedTimeStep);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is ConcurrencyException or DbUpdateException)
        {
            throw new ForbiddenException("Another step-up for this account was checked at the same moment: enter the next code from your authenticator app.");
        }

        if (refusal is not null)
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>Applies the attempt to the state and audits it; returns the refusal message, or null when accepted.</summary>
    private string? Decide(StepUpState state, Guid userId, long? matchedTimeStep)
    {
        var now = clock.UtcNow;
        if (state.LockedUntil is { } until && until > now)
        {
            db.Audit.Record(AuditActions.StepUpFailed, AuditEntities.User, userId, null, "attempt while step-up is locked");
            return $"Step-up is locked after {MaxWrongCodes} wrong codes. Try again after {until.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC.";
        }

        if (matchedTimeStep is not { } step)
        {
            state.FailedAttempts++;
            if (state.FailedAttempts >= MaxWrongCodes)
            {
                state.FailedAttempts = 0;
                state.LockedUntil = now + LockDuration;
                db.Audit.Record(AuditActions.StepUpLocked, AuditEntities.User, userId, null,
                    $"{MaxWrongCodes} wrong authenticator codes in a row: step-up locked for {LockDuration.TotalMinutes:0} minutes");
                return $"The authenticator code is wrong or expired. After {MaxWrongCodes} wrong codes step-up is locked for {LockDuration.TotalMinutes:0} minutes.";
            }

            db.Audit.Record(AuditActions.StepUpFailed, AuditEntities.User, userId, null,
                $"wrong or expired authenticator code at step-up ({state.FailedAttempts} of {MaxWrongCodes})");
            return $"The authenticator code is wrong or expired: step-up refused ({MaxWrongCodes - state.FailedAttempts} tries left).";
        }

        if (state.LastAcceptedTimeStep is { } last && step <= last)
        {
            db.Audit.Record(AuditActions.StepUpFailed, AuditEntities.User, userId, null, "authenticator code already used (replay refused)");
            return "This authenticator code was already used. Wait for the next code and enter that one.";
        }

        state.LastAcceptedTimeStep = step;
        state.FailedAttempts = 0;
        state.LockedUntil = null;
        db.Set<StepUpRecord>().Add(new StepUpRecord { UserId = userId, VerifiedAt = now });
        db.Audit.Record(AuditActions.StepUp, AuditEntities.User, userId, null, "authenticator code verified (step-up)");
        return null;
    }
}
