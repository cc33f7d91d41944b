using System.ComponentModel.DataAnnotations;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;

namespace Offramp.Core.Transfers;

/// <summary>
/// The director of the receiving program accepts or declines. Within an organisation, acceptance moves the participant
/// to the new program with its open tasks (the old team loses scope with its program role). To another organisation, acceptance opens a new
/// record there from the package (a referral by transfer) and marks the sending record Transferred. Audited on both sides.
/// </summary>
public sealed class DecideTransfer(OfframpDbContext db, ScopeLoader scopes, FieldCipher cipher, IdentitySealer identities, StageMover stages, TaskPlanner tasks, IClock clock)
{
    public async Task<Guid?> ExecuteAsync(Guid transferId, int expectedVersion, TransferDecisionCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        CommandValidation.Ensure(command);
        var transfer = await db.Set<ParticipantTransfer>()
            .SingleOrDefaultAsync(t => t.Id == transferId && t.TargetOrganisationId == scope.OrganisationId, ct);
        if (transfer is null || !scope.Has(Role.ProgramDirector, transfer.TargetProgramId))
        {
            throw new NotFoundException();
        }

        if (transfer.Status != TransferStatus.Proposed)
        {
            throw new ConflictException("This transfer has already been decided.");
        }

        db.ExpectVersion(transfer, expectedVersion);
        transfer.DecidedByUserId = scope.UserId;
        transfer.DecidedOn = clock.Today;
        transfer.DecisionReason = command.Reason?.Trim();
        var source = await db.Participants.SingleAsync(p => p.Id == transfer.ParticipantId, ct);
        if (!command.Accept)
        {
            transfer.Status = TransferStatus.Declined;
            db.Audit.Record(AuditActions.Update, AuditEntities.Transfer, transfer.Id, source.Id, "declined by the receiving program");
        }
        else if (transfer.WithinOrganisation)
        {
            transfer.Status = TransferStatus.Accepted;
            source.ProgramId = transfer.TargetProgramId;
            await tasks.MoveOpenTasksAsync(source, ct);
            db.Audit.Record(AuditActions.Update, AuditEntities.Transfer, transfer.Id, source.Id, $"accepted: moved to program {transfer.TargetProgramId}");
        }
        else
        {
            transfer.Status = TransferStatus.Accepted;
            transfer.ReceivedParticipantId = Receive(transfer, scope);
            stages.Move(source, Stage.Transferred, clock.Today, "Transferred to another organisation.", scope.UserId);
            db.Audit.Record(AuditActions.Update, AuditEntities.Transfer, transfer.Id, transfer.ReceivedParticipantId, "accepted: record opened from the package");
            db.Audit.Record(AuditActions.StageChange, AuditEntities.Participant, source.Id, source.Id, "transferred out (sending side)");
        }

        await db.SaveChangesAsync(ct);
        return transfer.ReceivedParticipantId;
    }

    private Guid Receive(ParticipantTransfer transfer, CallerScope scope)
    {
        var package = JsonSerializer.Deserialize<TransferPackage>(cipher.Open(transfer.PackageSealed, transfer.Id, "Package")!)!;
        var participant = new Participant
        {
            OrganisationId = scope.OrganisationId,
            ProgramId = transfer.TargetProgramId,
            Code = ParticipantCodes.New(),
            Gender = package.Gender,
            YearOfBirth = package.YearOfBirth,
            Nationality = package.Nationality,
            Languages = package.Languages,
            CreatedAt = clock.UtcNow,
            CreatedByUserId = scope.UserId,
        };
        var identity = package.Identity ?? new ParticipantIdentity();
        identities.Seal(participant, identity);
        db.Participants.Add(participant);
        if (package.Identity is not null)
        {
            db.BlindIndex.AddRange(identities.IndexEntries(participant, identity));
        }

        var referral = new Referral
        {
            ParticipantId = participant.Id,
            Source = ReferralSource.Other,
            ReferredOn = clock.Today,
            Referrer = $"Transfer from {package.SourceOrganisation}, {package.SourceProgram}",
            RecordedByUserId = scope.UserId,
        };
        referral.ReasonSealed = cipher.Seal(package.Reason, referral.Id, "Reason");
        db.Referrals.Add(referral);
        db.StageChanges.Add(new StageChange
        {
            ParticipantId = participant.Id,
            ToStage = Stage.Referred,
            EffectiveOn = clock.Today,
            Reason = "Referred by transfer",
            ChangedByUserId = scope.UserId,
            RecordedAt = clock.UtcNow,
        });
        db.Audit.Record(AuditActions.Create, AuditEntities.Participant, participant.Id, participant.Id, "received by transfer");
        return participant.Id;
    }
}

public sealed class TransferDecisionCommand : IValidatableCommand
{
    public bool Accept { get; set; }

    [StringLength(2000)]
    public string? Reason { get; set; }

    /// <summary>The sending program learns why it was declined; an acceptance needs no reason.</summary>
    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (!Accept && string.IsNullOrWhiteSpace(Reason))
        {
            yield return (nameof(Reason), "Give the reason for declining the transfer.");
        }
    }
}
