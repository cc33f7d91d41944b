using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Outcomes;

/// <summary>A participant's outcomes, newest first, retracted ones included and marked; the read is audited.</summary>
public sealed class ListOutcomes(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<OutcomeView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var rows = await db.Set<OutcomeEvent>().AsNoTracking().Where(o => o.ParticipantId == participantId)
            .OrderByDescending(o => o.OccurredOn).ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Outcome, null, participantId, $"{rows.Count} outcomes");
        await db.SaveChangesAsync(ct);
        return [.. rows.Select(o => new OutcomeView(o.Id, o.Version, o.Type, OutcomeTaxonomy.IsPositive(o.Type), o.OccurredOn, o.Source, o.Confidence,
            cipher.Open(o.DetailsSealed, o.Id, "Details"), o.FollowUpId, o.RetractedOn, o.RetractionReason))];
    }
}

public sealed record OutcomeView(Guid Id, int Version, OutcomeType Type, bool Positive, DateOnly OccurredOn, InformationSource Source,
    OutcomeConfidence Confidence, string? Details, Guid? FollowUpId, DateOnly? RetractedOn, string? RetractionReason);
