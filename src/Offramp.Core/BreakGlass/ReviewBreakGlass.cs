using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Worklist;

namespace Offramp.Core.BreakGlass;

/// <summary>
/// The program director accepts an emergency access as justified or escalates it. Escalating an access that is still
/// running ends it at once. The review task leaves the worklist.
/// </summary>
public sealed class ReviewBreakGlass(OfframpDbContext db, ScopeLoader scopes, TaskPlanner planner, IClock clock)
{
    public async Task<int> ExecuteAsync(Guid grantId, int expectedVersion, ReviewBreakGlassCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var grant = await db.Set<BreakGlassGrant>().SingleOrDefaultAsync(g => g.Id == grantId && g.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        if (!scope.Has(Role.ProgramDirector, grant.ProgramId))
        {
            throw new NotFoundException();
        }

        CommandValidation.Ensure(command);
        if (grant.Review is not null)
        {
            throw new ConflictException("This emergency access has already been reviewed.");
        }

        db.ExpectVersion(grant, expectedVersion);
        var now = clock.UtcNow;
        grant.Review = command.Outcome;
        grant.ReviewNote = command.Note?.Trim();
        grant.ReviewedByUserId = scope.UserId;
        grant.ReviewedAt = now;
        if (command.Outcome == BreakGlassReview.Escalated && grant.ExpiresAt > now)
        {
            grant.ExpiresAt = now;
        }

        foreach (var task in await planner.OpenFromAsync("break-glass", grant.Id, ct))
        {
            task.Complete(clock.Today, scope.UserId, $"Reviewed: {command.Outcome}");
        }

        db.Audit.Record(AuditActions.BreakGlassReviewed, AuditEntities.BreakGlass, grant.Id, grant.ParticipantId, $"review {command.Outcome}");
        await db.SaveChangesAsync(ct);
        return grant.Version;
    }
}
