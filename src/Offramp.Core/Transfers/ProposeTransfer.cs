using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Formulation;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Plans;
using Offramp.Core.Security;
using Offramp.Core.Stages;

namespace Offramp.Core.Transfers;

/// <summary>
/// The program director proposes a transfer to another program (here or in another organisation of the deployment),
/// packing only the consented sections. Nothing moves until the receiving director accepts.
/// </summary>
public sealed class ProposeTransfer(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IdentitySealer identities, GetFormulationContent formulations, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, ProposeTransferCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireDirector();
        var participant = standing.Participant;
        ConsentGuard.RequireActiveConsent(participant);
        var target = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.TargetProgramId, ct);
        if (target is null || target.Id == participant.ProgramId)
        {
            throw new DomainException("Choose another program of this deployment to transfer to.", nameof(command.TargetProgramId));
        }

        if (target.OrganisationId != participant.OrganisationId && !StageRules.CanMove(participant.Stage, Stage.Transferred))
        {
            throw new ConflictException($"A participant in {participant.Stage} cannot be transferred.");
        }

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
        var package = await PackAsync(participant, command, ct);
        transfer.PackageSealed = cipher.Seal(JsonSerializer.Serialize(package), transfer.Id, "Package")!;
        db.Set<ParticipantTransfer>().Add(transfer);
        db.Audit.Record(AuditActions.Create, "transfer", transfer.Id, participantId, $"proposed to program {target.Id}, sharing {command.Shared}");
        await db.SaveChangesAsync(ct);
        return transfer.Id;
    }

    private async Task<TransferPackage> PackAsync(Participant p, ProposeTransferCommand command, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == p.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var program = await db.Programs.AsNoTracking().Where(x => x.Id == p.ProgramId).Select(x => x.Name).SingleAsync(ct);
        IReadOnlyList<string>? goals = null;
        if (command.Shared.HasFlag(SharedSections.Plan))
        {
            var plan = await db.Set<InterventionPlan>().AsNoTracking().Include(x => x.Goals).Where(x => x.ParticipantId == p.Id)
                .OrderByDescending(x => x.StartedOn).FirstOrDefaultAsync(ct);
            goals = plan is null ? [] : [.. plan.Goals.OrderBy(g => g.Order).Select(g => $"{g.Area}: {cipher.Open(g.DescriptionSealed, g.Id, "Description")}")];
        }

        IReadOnlyList<PackagedOutcome>? outcomes = command.Shared.HasFlag(SharedSections.Outcomes)
            ? await db.Set<OutcomeEvent>().AsNoTracking().Where(o => o.ParticipantId == p.Id && o.RetractedOn == null)
                .OrderBy(o => o.OccurredOn).Select(o => new PackagedOutcome(o.Type, o.OccurredOn, o.Confidence)).ToListAsync(ct)
            : null;
        return new TransferPackage(p.Code, organisation, program, command.Reason.Trim(), p.Gender, p.YearOfBirth, p.Nationality, p.Languages,
            command.Shared.HasFlag(SharedSections.Identity) ? identities.Open(p) : null,
            command.Shared.HasFlag(SharedSections.Formulation) ? await formulations.LatestAsync(p.Id, ct) : null,
            goals, outcomes);
    }
}
