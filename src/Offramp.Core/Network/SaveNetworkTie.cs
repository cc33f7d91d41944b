using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Network;

/// <summary>
/// Anyone on the case team adds or updates a network tie. Involving family (or a partner) needs the participant's
/// active consent to family contact; involving anyone needs the tie to be a positive resource.
/// </summary>
public sealed class SaveNetworkTie(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> AddAsync(Guid participantId, NetworkTieCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        await RequireFamilyConsentAsync(participantId, command, ct);
        var tie = new NetworkTie { ParticipantId = participantId, DescriptionSealed = [], RecordedOn = clock.Today, RecordedByUserId = standing.Scope.UserId };
        Apply(tie, command);
        db.Set<NetworkTie>().Add(tie);
        db.Audit.Record(AuditActions.Create, AuditEntities.NetworkTie, tie.Id, participantId, $"{command.Relation} {command.Assessment}");
        await db.SaveChangesAsync(ct);
        return tie.Id;
    }

    public async Task<int> UpdateAsync(Guid participantId, Guid tieId, int expectedVersion, NetworkTieCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        var tie = await db.Set<NetworkTie>().SingleOrDefaultAsync(t => t.Id == tieId && t.ParticipantId == participantId, ct) ?? throw new NotFoundException();
        await RequireFamilyConsentAsync(participantId, command, ct);
        db.ExpectVersion(tie, expectedVersion);
        Apply(tie, command);
        db.Audit.Record(AuditActions.Update, AuditEntities.NetworkTie, tie.Id, participantId, $"{command.Relation} {command.Assessment}");
        await db.SaveChangesAsync(ct);
        return tie.Version;
    }

    private async Task RequireFamilyConsentAsync(Guid participantId, NetworkTieCommand command, CancellationToken ct)
    {
        if (command.InvolvedInProgram && command.Relation is TieRelation.Family or TieRelation.Partner &&
            !await db.Consents.AnyAsync(c => c.ParticipantId == participantId && c.WithdrawnOn == null && c.CoversFamilyContact, ct))
        {
            throw new DomainException("The participant has not consented to family contact: family cannot be involved.", nameof(command.InvolvedInProgram));
        }
    }

    private void Apply(NetworkTie tie, NetworkTieCommand command)
    {
        tie.Relation = command.Relation;
        tie.DescriptionSealed = cipher.Seal(command.Description.Trim(), tie.Id, "Description")!;
        tie.Assessment = command.Assessment;
        tie.InvolvedInProgram = command.InvolvedInProgram;
        tie.NoteSealed = cipher.Seal(command.Note?.Trim(), tie.Id, "Note");
        tie.EndedOn = command.EndedOn;
    }
}
