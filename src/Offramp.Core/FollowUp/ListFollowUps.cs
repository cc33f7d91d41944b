using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Outcomes;
using Offramp.Core.Security;

namespace Offramp.Core.FollowUp;

/// <summary>A participant's follow-ups with their findings, for anyone on the case; the read is audited.</summary>
public sealed class ListFollowUps(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<FollowUpView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var rows = await db.Set<ScheduledFollowUp>().AsNoTracking()
            .Where(f => f.ParticipantId == participantId && f.Status != FollowUpStatus.Cancelled)
            .OrderBy(f => f.DueOn)
            .ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.FollowUp, null, participantId, $"{rows.Count} follow-ups");
        await db.SaveChangesAsync(ct);
        return [.. rows.Select(f => new FollowUpView(f.Id, f.Version, f.Anchor, f.AnchorDate, f.MonthsAfter, f.DueOn, f.Status,
            f.ContactMade, f.ContactedOn, f.Source, cipher.Open(f.FindingsSealed, f.Id, "Findings")))];
    }
}

public sealed record FollowUpView(Guid Id, int Version, FollowUpAnchor Anchor, DateOnly AnchorDate, int MonthsAfter, DateOnly DueOn,
    FollowUpStatus Status, bool? ContactMade, DateOnly? ContactedOn, InformationSource? Source, string? Findings);
