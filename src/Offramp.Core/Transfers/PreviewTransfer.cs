using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Transfers;

/// <summary>
/// Shows the director the package exactly as it would be sent, before anything is sent: the same checks and the
/// same packing as <see cref="ProposeTransfer"/>, but nothing is stored except the audit of what was read.
/// </summary>
public sealed class PreviewTransfer(OfframpDbContext db, ParticipantAccess access, TransferPackager packager)
{
    public async Task<TransferPreview> ExecuteAsync(Guid participantId, ProposeTransferCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        var target = await packager.RequireTargetAsync(standing, command, ct);
        var package = await packager.PackAsync(standing.Participant, command, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.TransferPackage, null, participantId, $"preview for program {target.Id}, sharing {command.Shared}");
        await db.SaveChangesAsync(ct);
        return new TransferPreview(target.Id, target.Name, target.OrganisationId != standing.Participant.OrganisationId, package);
    }
}

public sealed record TransferPreview(Guid TargetProgramId, string TargetProgramName, bool ToAnotherOrganisation, TransferPackage Package);
