using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Security;

namespace Offramp.Core.Disclosure;

/// <summary>A correction never edits an entry: it is a new entry that refers to it and says what was wrong. Director with step-up.</summary>
public sealed class CorrectDisclosure(OfframpDbContext db, DisclosureRegister register, StepUpGuard stepUp, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, Guid entryId, DisclosureFollowUpCommand command, CancellationToken ct = default)
    {
        var (standing, entry, _) = await register.DisclosureForDirectorAsync(participantId, entryId, ct);
        CommandValidation.Ensure(command);
        if (string.IsNullOrWhiteSpace(command.Note))
        {
            throw new DomainException("Say what the correction is.", nameof(command.Note));
        }

        await stepUp.RequireFreshAsync(standing.Scope.UserId, ct);
        var correction = DisclosureRegister.FollowUp(entry, DisclosureEntryKind.Correction, standing.Scope.UserId, clock.UtcNow);
        correction.RationaleSealed = cipher.Seal(command.Note.Trim(), correction.Id, "Rationale");
        db.Set<DisclosureEntry>().Add(correction);
        db.Audit.Record(AuditActions.DisclosureCorrected, AuditEntities.Disclosure, entry.Id, participantId, $"correction entry {correction.Id:N}");
        await db.SaveChangesAsync(ct);
        return correction.Id;
    }
}
