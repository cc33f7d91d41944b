using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Core.Retention;
using Offramp.Core.Worklist;

namespace Offramp.Core.Erasure;

/// <summary>
/// Erases a participant's identifiers and free text on a valid request (director only), keeping coded data and the
/// audit trail, which holds ids and never content, so the hash chain still verifies. Refused, with the reason stated
/// and the refusal audited, while a legal hold applies or the disclosure register holds an entry the law requires
/// keeping. Erasure cannot be undone, so it needs a fresh step-up, checked once the caller is known to be the director.
/// </summary>
public sealed class EraseParticipant(OfframpDbContext db, ParticipantAccess access, RecordScrubber scrubber, StepUpGuard stepUp, IClock clock)
{
    public async Task ExecuteAsync(Guid participantId, EraseParticipantCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        CommandValidation.Ensure(command);
        if (!command.RequestVerified)
        {
            throw new DomainException("Confirm that the request was verified as valid before erasing.", nameof(command.RequestVerified));
        }

        await stepUp.RequireFreshAsync(standing.Scope.UserId, ct);

        if (await ErasureRefusal.FindAsync(db, participantId, ct) is { } refusal)
        {
            db.Audit.Record(AuditActions.ErasureRefused, AuditEntities.Participant, participantId, participantId, refusal.Code);
            await db.SaveChangesAsync(ct);
            throw new ConflictException(refusal.Message);
        }

        if (await db.Set<ErasureRecord>().AnyAsync(e => e.ParticipantId == participantId && e.Kind == ErasureKind.Erasure, ct))
        {
            throw new ConflictException("This participant's data has already been erased.");
        }

        var p = standing.Participant;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await scrubber.ScrubAsync(participantId, RetainedRecord.Everything, ct);
        await db.Set<CaseTask>().Where(t => t.ParticipantId == participantId && t.Status == CaseTaskStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, CaseTaskStatus.Cancelled).SetProperty(t => t.CompletionNote, "Record erased"), ct);
        db.Set<ErasureRecord>().Add(new ErasureRecord
        {
            OrganisationId = p.OrganisationId,
            ParticipantId = p.Id,
            Kind = ErasureKind.Erasure,
            Reference = command.Reference.Trim(),
            ErasedByUserId = standing.Scope.UserId,
            ErasedAt = clock.UtcNow,
        });
        db.Audit.Record(AuditActions.Erasure, AuditEntities.Participant, p.Id, p.Id, "identifiers and free text erased; coded data kept");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
