using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Mentoring;

/// <summary>
/// The caseworker or director matches a mentor from the program's registry (with the reasons) and records the agreement;
/// the mentor joins the case team (so the case enters their scope) and the first review goes on the worklist.
/// </summary>
public sealed class MatchMentor(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, ProgramSettingsReader settings, TaskPlanner planner)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, MatchMentorCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var participant = standing.Participant;
        ConsentGuard.RequireActiveConsent(participant);
        var profile = await db.Set<MentorProfile>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.ProgramId == participant.ProgramId && m.UserId == command.MentorUserId && m.Active, ct)
            ?? throw new DomainException("The mentor is not in this program's registry.", nameof(command.MentorUserId));
        if (await db.Set<MentoringAgreement>().AnyAsync(a => a.ParticipantId == participantId && a.Status == AgreementStatus.Active, ct))
        {
            throw new ConflictException("The participant already has an active mentoring agreement: end it in a review first.");
        }

        var load = await db.Set<MentoringAgreement>().CountAsync(a => a.MentorUserId == command.MentorUserId && a.Status == AgreementStatus.Active, ct);
        if (load >= profile.Capacity)
        {
            throw new DomainException("The mentor has no free place.", nameof(command.MentorUserId));
        }

        var interval = (await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct)).AgreementReviewIntervalMonths;
        var agreement = new MentoringAgreement
        {
            ParticipantId = participantId,
            MentorUserId = command.MentorUserId,
            MatchReasonsSealed = [],
            GoalsSealed = [],
            MeetingsPerMonth = command.MeetingsPerMonth,
            StartedOn = command.StartedOn,
            ReviewIntervalMonths = interval,
            NextReviewOn = command.StartedOn.AddMonths(interval),
            CreatedByUserId = standing.Scope.UserId,
        };
        agreement.MatchReasonsSealed = cipher.Seal(command.MatchReasons.Trim(), agreement.Id, "MatchReasons")!;
        agreement.GoalsSealed = cipher.Seal(command.Goals.Trim(), agreement.Id, "Goals")!;
        db.Set<MentoringAgreement>().Add(agreement);
        if (!await db.CaseTeamMembers.AnyAsync(m => m.ParticipantId == participantId && m.UserId == command.MentorUserId && m.Until == null, ct))
        {
            var member = new CaseTeamMember { ParticipantId = participantId, UserId = command.MentorUserId, Role = Role.Mentor, From = command.StartedOn };
            db.CaseTeamMembers.Add(member);
            db.Audit.Record(AuditActions.Create, AuditEntities.CaseTeamMember, member.Id, participantId, "Mentor joined through a mentoring agreement");
        }

        AgreementReviewTasks.Schedule(planner, participant, agreement);
        db.Audit.Record(AuditActions.Create, AuditEntities.MentoringAgreement, agreement.Id, participantId, $"{command.MeetingsPerMonth} meetings a month");
        await db.SaveChangesAsync(ct);
        return agreement.Id;
    }
}
