using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Network;

/// <summary>A participant's network ties, risks first; audited.</summary>
public sealed class ListNetwork(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<NetworkTieView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var ties = await db.Set<NetworkTie>().AsNoTracking().Where(t => t.ParticipantId == participantId).ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.NetworkTie, null, participantId, $"{ties.Count} ties");
        await db.SaveChangesAsync(ct);
        return [.. ties.OrderByDescending(t => t.Assessment == TieAssessment.Risk).ThenBy(t => t.Relation)
            .Select(t => new NetworkTieView(t.Id, t.Version, t.Relation, cipher.Open(t.DescriptionSealed, t.Id, "Description")!, t.Assessment,
                t.InvolvedInProgram, cipher.Open(t.NoteSealed, t.Id, "Note"), t.RecordedOn, t.EndedOn))];
    }
}

public sealed record NetworkTieView(Guid Id, int Version, TieRelation Relation, string Description, TieAssessment Assessment, bool InvolvedInProgram,
    string? Note, DateOnly RecordedOn, DateOnly? EndedOn);
