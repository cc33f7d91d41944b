using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments.Observations;

/// <summary>The participant's observations for the case team, newest first, with the items they are attached to.</summary>
public sealed class ListObservations(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<ObservationView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var rows = await db.Set<Observation>().AsNoTracking().Include(o => o.Links)
            .Where(o => o.ParticipantId == participantId).OrderByDescending(o => o.ObservedOn).Take(500).ToListAsync(ct);
        var authors = rows.Select(r => r.RecordedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.AssessmentObservation, null, participantId, $"{rows.Count} observations");
        await db.SaveChangesAsync(ct);
        return [.. rows.Select(o => new ObservationView(o.Id, o.ObservedOn, o.Source, o.Reliability, cipher.Open(o.DescriptionSealed, o.Id, "Description") ?? "",
            names.GetValueOrDefault(o.RecordedByUserId, "former user"), [.. o.Links.Select(l => new ObservationLinkInput { AssessmentId = l.AssessmentId, ItemKey = l.ItemKey })]))];
    }
}

public sealed record ObservationView(Guid Id, DateOnly ObservedOn, ObservationSource Source, ObservationReliability Reliability, string Description, string RecordedBy, IReadOnlyList<ObservationLinkInput> Links);
