using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Formulation;

/// <summary>Anyone on the case team writes a new revision of the formulation; contributors must be on the team too.</summary>
public sealed class WriteFormulation(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<(Guid Id, int Revision)> ExecuteAsync(Guid participantId, FormulationContent content, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(content);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        var contributors = content.ContributorUserIds.Distinct().Where(id => id != standing.Scope.UserId).ToList();
        var onTeam = await db.CaseTeamMembers.Where(m => m.ParticipantId == participantId && m.Until == null && contributors.Contains(m.UserId))
            .Select(m => m.UserId).Distinct().CountAsync(ct);
        if (onTeam != contributors.Count)
        {
            throw new DomainException("Every contributor must be on the case team.", nameof(content.ContributorUserIds));
        }

        var last = await db.Set<CaseFormulation>().Where(f => f.ParticipantId == participantId).MaxAsync(f => (int?)f.Revision, ct) ?? 0;
        var formulation = new CaseFormulation
        {
            ParticipantId = participantId,
            Revision = last + 1,
            ContentSealed = [],
            AuthoredByUserId = standing.Scope.UserId,
            ContributorUserIds = contributors,
            RecordedAt = clock.UtcNow,
        };
        formulation.ContentSealed = cipher.Seal(JsonSerializer.Serialize(content.Trimmed()), formulation.Id, "Content")!;
        db.Set<CaseFormulation>().Add(formulation);
        db.Audit.Record(AuditActions.Create, AuditEntities.Formulation, formulation.Id, participantId, $"revision {formulation.Revision}");
        await db.SaveChangesAsync(ct);
        return (formulation.Id, formulation.Revision);
    }
}
