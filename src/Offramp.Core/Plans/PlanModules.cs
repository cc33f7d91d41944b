using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Plans;

/// <summary>Used by session logging: a session's module must belong to one of the participant's plans, or dose would count nonsense.</summary>
public static class PlanModules
{
    public static async Task RequireOfParticipantAsync(OfframpDbContext db, Guid participantId, Guid? moduleId, CancellationToken ct)
    {
        if (moduleId is not { } id)
        {
            return;
        }

        var belongs = await db.Set<PlanModule>().AnyAsync(m => m.Id == id &&
            db.Set<InterventionPlan>().Any(p => p.Id == m.PlanId && p.ParticipantId == participantId), ct);
        if (!belongs)
        {
            throw new DomainException("The module is not part of this participant's plan.", "ModuleId");
        }
    }
}
