using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Transfers;

/// <summary>
/// Transfers the caller decides on or sent: incoming to programs they direct, outgoing from them. The receiving
/// director reads the package to decide; each read is audited on the reader's side.
/// </summary>
public sealed class ListTransfers(OfframpDbContext db, ScopeLoader scopes, FieldCipher cipher)
{
    public async Task<IReadOnlyList<TransferView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var directed = scope.DirectedPrograms.ToList();
        var org = scope.OrganisationId;
        var rows = await db.Set<ParticipantTransfer>().AsNoTracking()
            .Where(t => (t.TargetOrganisationId == org && directed.Contains(t.TargetProgramId)) || (t.SourceOrganisationId == org && directed.Contains(t.SourceProgramId)))
            .OrderByDescending(t => t.ProposedAt).Take(200).ToListAsync(ct);
        var targets = rows.Select(t => t.TargetProgramId).Distinct().ToList();
        var names = await db.Programs.AsNoTracking().Where(p => targets.Contains(p.Id))
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.Id, Program = p.Name, Organisation = o.Name })
            .ToDictionaryAsync(x => x.Id, x => (x.Program, x.Organisation), ct);
        foreach (var t in rows)
        {
            db.Audit.Record(AuditActions.Read, AuditEntities.Transfer, t.Id, t.SourceOrganisationId == org ? t.ParticipantId : t.ReceivedParticipantId, "package read");
        }

        await db.SaveChangesAsync(ct);
        return [.. rows.Select(t => TransferView.Of(t, t.TargetOrganisationId == org && directed.Contains(t.TargetProgramId), names[t.TargetProgramId],
            JsonSerializer.Deserialize<TransferPackage>(cipher.Open(t.PackageSealed, t.Id, "Package")!)!))];
    }
}

/// <summary>A transfer as its directors see it; the source names travel in the package, the target names come from the deployment.</summary>
public sealed record TransferView(Guid Id, int Version, bool Incoming, bool WithinOrganisation, Guid SourceProgramId, Guid TargetProgramId, SharedSections Shared,
    DateOnly ConsentedOn, TransferStatus Status, DateOnly? DecidedOn, string? DecisionReason, Guid? ReceivedParticipantId, TransferPackage Package,
    string TargetProgramName, string TargetOrganisationName)
{
    public static TransferView Of(ParticipantTransfer t, bool incoming, (string Program, string Organisation) target, TransferPackage package) => new(t.Id, t.Version, incoming,
        t.WithinOrganisation, t.SourceProgramId, t.TargetProgramId, t.Shared, t.ConsentedOn, t.Status, t.DecidedOn, t.DecisionReason, t.ReceivedParticipantId, package,
        target.Program, target.Organisation);
}
