using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Certifications;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments.Ratings;

/// <summary>
/// A rater submits their ratings once, before seeing anyone else's. A rater must be on the case team in a rating role
/// and, when the instrument requires it, hold a certification valid on the day. Nothing is saved unless all is valid.
/// </summary>
public sealed class SubmitRatings(OfframpDbContext db, AssessmentAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, Guid assessmentId, SubmitRatingsCommand command, CancellationToken ct = default)
    {
        var rules = await access.RulesAsync(participantId, ct);
        var assessment = await access.LoadAsync(participantId, assessmentId, forUpdate: true, ct);
        if (rules.RatingRole is not { } role)
        {
            throw new ForbiddenException("Only raters of the case team can rate: psychologists, faith counsellors, and mentors or caseworkers where the program allows.");
        }

        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(rules.Standing.Participant);
        var userId = rules.Standing.Scope.UserId;
        if (assessment.Status != AssessmentStatus.Rating)
        {
            throw new ConflictException("The consensus for this assessment is recorded: no more ratings are taken.");
        }

        if (assessment.Submissions.Any(s => s.RaterUserId == userId))
        {
            throw new ConflictException("You have already submitted your ratings for this assessment; each rater submits once.");
        }

        var instrumentRow = await access.InstrumentAsync(assessment.InstrumentVersionId, ct);
        var instrument = instrumentRow.Parsed();
        ItemAnswers.Ensure(instrument, [.. command.Ratings.Select(r => (r.ItemKey, r.Level))], nameof(command.Ratings), command.OverallJudgement, nameof(command.OverallJudgement));
        if (instrument.RequiresCertification)
        {
            var today = clock.Today;
            var certified = await db.Set<AssessorCertification>().AsNoTracking()
                .Where(c => c.UserId == userId && c.OrganisationId == assessment.OrganisationId && c.InstrumentName == instrument.Name)
                .AnyAsync(c => c.CertifiedOn <= today && c.ValidUntil >= today, ct);
            if (!certified)
            {
                throw new ForbiddenException(Phrase.Of($"'{instrument.Name}' may only be rated by certified assessors, and you hold no certification valid today."));
            }
        }

        var submission = new RaterSubmission
        {
            AssessmentId = assessment.Id,
            RaterUserId = userId,
            RaterRole = role,
            SubmittedAt = clock.UtcNow,
            OverallJudgement = command.OverallJudgement,
        };
        submission.FormulationSealed = cipher.Seal(command.Formulation?.Trim(), submission.Id, "Formulation");
        foreach (var input in command.Ratings)
        {
            var rating = new ItemRating { SubmissionId = submission.Id, ItemKey = input.ItemKey, Level = input.Level };
            rating.EvidenceSealed = cipher.Seal(input.Evidence?.Trim(), rating.Id, "Evidence");
            rating.RationaleSealed = cipher.Seal(input.Rationale?.Trim(), rating.Id, "Rationale");
            submission.Ratings.Add(rating);
        }

        db.Set<RaterSubmission>().Add(submission);
        db.Audit.Record(AuditActions.Create, AuditEntities.AssessmentRating, submission.Id, participantId, $"assessment {assessment.Id:N} as {role}");
        await db.SaveChangesAsync(ct);
        return submission.Id;
    }
}
