using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments;

/// <summary>Opens a baseline, scheduled or event-driven assessment on a published instrument version for the raters to rate.</summary>
public sealed class OpenAssessment(OfframpDbContext db, AssessmentAccess access, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, OpenAssessmentCommand command, CancellationToken ct = default)
    {
        var rules = await access.RulesAsync(participantId, ct);
        CommandValidation.Ensure(command);
        if (!rules.MayOpen)
        {
            throw new ForbiddenException("Only the caseworker, the director or a rater of the case team can open an assessment.");
        }

        var participant = rules.Standing.Participant;
        ConsentGuard.RequireActiveConsent(participant);
        var instrument = await db.Set<InstrumentVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == command.InstrumentId && v.OrganisationId == participant.OrganisationId, ct)
            ?? throw new DomainException("There is no such instrument in your organisation.", nameof(command.InstrumentId));
        if (instrument.Status != InstrumentStatus.Published)
        {
            throw new DomainException(Phrase.Of($"Version {instrument.Label} of '{instrument.Name}' is a draft: only a published version can be rated."), nameof(command.InstrumentId));
        }

        var assessment = new Assessment
        {
            OrganisationId = participant.OrganisationId,
            ProgramId = participant.ProgramId,
            ParticipantId = participant.Id,
            InstrumentVersionId = instrument.Id,
            Kind = command.Kind,
            Event = command.Event,
            AssessedOn = command.AssessedOn,
            OpenedByUserId = rules.Standing.Scope.UserId,
            OpenedAt = clock.UtcNow,
        };
        db.Set<Assessment>().Add(assessment);
        db.Audit.Record(AuditActions.Create, AuditEntities.Assessment, assessment.Id, participant.Id, $"{command.Kind} on {instrument.Name} {instrument.Label}");
        await db.SaveChangesAsync(ct);
        return assessment.Id;
    }
}
