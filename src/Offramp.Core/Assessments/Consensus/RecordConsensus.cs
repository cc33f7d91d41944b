using Offramp.Core.Assessments.Alerts;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments.Consensus;

/// <summary>
/// Records the team's agreed rating per item after at least one rater submitted; the raw ratings stay as they were.
/// In the same transaction it raises alerts (rise to high concern, protective factor lost) and puts the next
/// re-assessments of the program's rhythm on the worklist.
/// </summary>
public sealed class RecordConsensus(OfframpDbContext db, AssessmentAccess access, FieldCipher cipher, IClock clock, AssessmentAlerts alerts, ReassessmentPlanner planner)
{
    public async Task<int> ExecuteAsync(Guid participantId, Guid assessmentId, int expectedVersion, ConsensusCommand command, CancellationToken ct = default)
    {
        var rules = await access.RulesAsync(participantId, ct);
        var assessment = await access.LoadAsync(participantId, assessmentId, forUpdate: true, ct);
        if (!rules.MayChairConsensus)
        {
            throw new ForbiddenException("Only the director or a rater of the case team can record the consensus.");
        }

        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(rules.Standing.Participant);
        if (assessment.Status != AssessmentStatus.Rating)
        {
            throw new ConflictException("The consensus for this assessment is already recorded.");
        }

        if (assessment.Submissions.Count == 0)
        {
            throw new ConflictException("No rater has submitted yet: the consensus follows the independent ratings.");
        }

        var instrument = (await access.InstrumentAsync(assessment.InstrumentVersionId, ct)).Parsed();
        ItemAnswers.Ensure(instrument, [.. command.Items.Select(i => (i.ItemKey, i.Level))], nameof(command.Items), command.OverallJudgement, nameof(command.OverallJudgement));

        db.ExpectVersion(assessment, expectedVersion);
        foreach (var input in command.Items)
        {
            var agreed = new ConsensusRating { AssessmentId = assessment.Id, ItemKey = input.ItemKey, Level = input.Level };
            agreed.RationaleSealed = cipher.Seal(input.Rationale?.Trim(), agreed.Id, "Rationale");
            agreed.DisagreementSealed = cipher.Seal(input.Disagreement?.Trim(), agreed.Id, "Disagreement");
            // Added explicitly: a child with its key already set, found only through the navigation, would be taken for an update.
            db.Set<ConsensusRating>().Add(agreed);
        }

        assessment.Status = AssessmentStatus.Agreed;
        assessment.OverallJudgement = command.OverallJudgement;
        assessment.FormulationSealed = cipher.Seal(command.Formulation.Trim(), assessment.Id, "Formulation");
        assessment.AgreedByUserId = rules.Standing.Scope.UserId;
        assessment.AgreedAt = clock.UtcNow;
        db.Audit.Record(AuditActions.Update, AuditEntities.Assessment, assessment.Id, participantId,
            $"consensus of {assessment.Submissions.Count} raters, judgement {command.OverallJudgement}");

        await alerts.RaiseAsync(rules.Standing.Participant, assessment, instrument, ct);
        await planner.PlanAfterAsync(rules.Standing.Participant, assessment, instrument, ct);
        await db.SaveChangesAsync(ct);
        return assessment.Version;
    }
}
