using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Transfers;

/// <summary>
/// The program director proposes a transfer to another program (here or in another organisation of the deployment),
/// packing only the consented sections. Nothing moves until the receiving director accepts.
/// </summary>
public sealed class ProposeTransfer(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, TransferPackager packager, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, ProposeTransferCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        var participant = standing.Participant;
        var target = await packager.RequireTargetAsync(standing, command, ct);
        if (await db.Set<ParticipantTransfer>().AnyAsync(t => t.ParticipantId == participantId && t.Status == TransferStatus.Proposed, ct))
        {
            throw new ConflictException("A transfer of this participant is already waiting for a decision.");
        }

        var transfer = new ParticipantTransfer
        {
            ParticipantId = participantId,
            SourceOrganisationId = participant.OrganisationId,
            SourceProgramId = participant.ProgramId,
            TargetOrganisationId = target.OrganisationId,
            TargetProgramId = target.Id,
            Shared = command.Shared,
            PackageSealed = [],
            ConsentedOn = command.ConsentedOn,
            ProposedByUserId = standing.Scope.UserId,
            ProposedAt = clock.UtcNow,
        };
        var package = await packager.PackAsync(participant, command, ct);
        transfer.PackageSealed = cipher.Seal(JsonSerializer.Serialize(package), transfer.Id, "Package")!;
        db.Set<ParticipantTransfer>().Add(transfer);
        db.Audit.Record(AuditActions.Create, AuditEntities.Transfer, transfer.Id, participantId, $"proposed to program {target.Id}, sharing {command.Shared}");
        await db.SaveChangesAsync(ct);
        return transfer.Id;
    }
}
