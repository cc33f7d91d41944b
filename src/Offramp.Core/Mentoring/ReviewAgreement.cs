using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Mentoring;

/// <summary>
/// The mentor, caseworker or director reviews an agreement: continue, renegotiate (new goals or frequency) or end,
/// with the reason. The due review task is done; unless ended, the next one is scheduled an interval later.
/// </summary>
public sealed class ReviewAgreement(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, Guid agreementId, int expectedVersion, ReviewAgreementCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        var agreement = await db.Set<MentoringAgreement>().SingleOrDefaultAsync(a => a.Id == agreementId && a.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (!(standing.CanManageCase || agreement.MentorUserId == standing.Scope.UserId))
        {
            throw new ForbiddenException("Only the mentor, the caseworker or the program director can review the agreement.");
        }

        if (agreement.Status != AgreementStatus.Active)
        {
            throw new ConflictException("The agreement has ended.");
        }

        // Ending the agreement stays possible after a withdrawal of consent: it is how the mentoring stops. Continuing
        // or renegotiating it is new case work.
        if (command.Decision != AgreementDecision.Ended)
        {
            ConsentGuard.RequireActiveConsent(standing.Participant);
        }

        if (command.ReviewedOn < agreement.StartedOn)
        {
            throw new DomainException(Phrase.Of($"A review cannot precede the agreement, which started on {agreement.StartedOn:yyyy-MM-dd}."), nameof(command.ReviewedOn));
        }

        db.ExpectVersion(agreement, expectedVersion);
        var review = new AgreementReview
        {
            AgreementId = agreement.Id,
            ParticipantId = participantId,
            ReviewedOn = command.ReviewedOn,
            Decision = command.Decision,
            ReviewedByUserId = standing.Scope.UserId,
            RecordedAt = clock.UtcNow,
        };
        review.ReasonSealed = cipher.Seal(command.Reason?.Trim(), review.Id, "Reason");
        db.Set<AgreementReview>().Add(review);
        foreach (var task in await planner.OpenFromAsync(AgreementReviewTasks.SourceType, agreement.Id, ct))
        {
            task.Complete(clock.Today, standing.Scope.UserId);
        }

        if (command.Decision == AgreementDecision.Ended)
        {
            agreement.Status = AgreementStatus.Ended;
            agreement.EndedOn = command.ReviewedOn;
        }
        else
        {
            if (command.Decision == AgreementDecision.Renegotiated)
            {
                if (!string.IsNullOrWhiteSpace(command.Goals))
                {
                    agreement.GoalsSealed = cipher.Seal(command.Goals.Trim(), agreement.Id, "Goals")!;
                }

                agreement.MeetingsPerMonth = command.MeetingsPerMonth ?? agreement.MeetingsPerMonth;
            }

            agreement.NextReviewOn = command.ReviewedOn.AddMonths(agreement.ReviewIntervalMonths);
            AgreementReviewTasks.Schedule(planner, standing.Participant, agreement);
        }

        db.Audit.Record(AuditActions.Create, AuditEntities.AgreementReview, review.Id, participantId, command.Decision.ToString());
        await db.SaveChangesAsync(ct);
        return review.Id;
    }
}
