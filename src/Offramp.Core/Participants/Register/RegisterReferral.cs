using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Register;

/// <summary>
/// Registers a referred person. Caseworkers and directors of the program may; a caseworker who registers
/// joins the case team at once, so the new record is in their caseload.
/// </summary>
public sealed class RegisterReferral(OfframpDbContext db, ScopeLoader scopes, IdentitySealer sealer, FieldCipher cipher, IClock clock)
{
    public async Task<(Guid Id, string Code)> ExecuteAsync(RegisterReferralCommand command, CancellationToken ct = default)
    {
        CommandValidation.Ensure(command);
        var scope = await scopes.GetAsync(ct);
        var program = await db.Programs.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == command.ProgramId && p.OrganisationId == scope.OrganisationId, ct);
        var isDirector = program is not null && scope.Has(Role.ProgramDirector, program.Id);
        var isCaseworker = program is not null && scope.Has(Role.Caseworker, program.Id);
        if (program is null || !(isDirector || isCaseworker))
        {
            throw new DomainException("You cannot register referrals in this program.", nameof(command.ProgramId));
        }

        if (command.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == scope.OrganisationId, ct))
        {
            throw new DomainException("Unknown site.", nameof(command.SiteId));
        }

        var now = clock.UtcNow;
        var participant = new Participant
        {
            OrganisationId = scope.OrganisationId,
            ProgramId = program.Id,
            Code = ParticipantCodes.New(),
            CreatedAt = now,
            CreatedByUserId = scope.UserId,
        };
        command.ApplyDemographicsTo(participant);
        sealer.Seal(participant, command.Identity);
        db.Participants.Add(participant);
        db.BlindIndex.AddRange(sealer.IndexEntries(participant, command.Identity));

        var referral = new Referral
        {
            ParticipantId = participant.Id,
            Source = command.Source,
            ReferredOn = command.ReferredOn,
            Referrer = command.Referrer.Trim(),
            RecordedByUserId = scope.UserId,
        };
        referral.ReasonSealed = cipher.Seal(command.Reason.Trim(), referral.Id, "Reason");
        db.Referrals.Add(referral);
        db.StageChanges.Add(new StageChange
        {
            ParticipantId = participant.Id,
            FromStage = null,
            ToStage = Stage.Referred,
            EffectiveOn = command.ReferredOn,
            Reason = $"Referred by {command.Source}",
            ChangedByUserId = scope.UserId,
            RecordedAt = now,
        });
        if (isCaseworker)
        {
            db.CaseTeamMembers.Add(new CaseTeamMember
            {
                ParticipantId = participant.Id,
                UserId = scope.UserId,
                Role = Role.Caseworker,
                From = clock.Today,
            });
        }

        db.Audit.Record(AuditActions.Create, AuditEntities.Participant, participant.Id, participant.Id, "referral registered");
        await db.SaveChangesAsync(ct);
        return (participant.Id, participant.Code);
    }
}
