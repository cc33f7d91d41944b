using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Plans;

/// <summary>People named as responsible for goals, modules or tasks must be on the case team now.</summary>
public static class TeamMembership
{
    public static async Task RequireOnTeamAsync(OfframpDbContext db, Guid participantId, IEnumerable<Guid?> userIds, string field, CancellationToken ct)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var onTeam = await db.CaseTeamMembers.Where(m => m.ParticipantId == participantId && m.Until == null && ids.Contains(m.UserId))
            .Select(m => m.UserId).Distinct().CountAsync(ct);
        if (onTeam != ids.Count)
        {
            throw new DomainException("Everyone named as responsible must be on the case team.", field);
        }
    }
}
