using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments.Observations;

/// <summary>
/// Anyone on the case team records an observation (sealed) and may attach it to items of the participant's
/// assessments as evidence. Observations are evidence, not ratings: all raters see them. A break-glass reader may
/// read them but not add any.
/// </summary>
public sealed class RecordObservation(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, ObservationCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        if (standing.ViaBreakGlass)
        {
            throw new ForbiddenException("An emergency access is read-only: only the case team records observations.");
        }

        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        var observation = new Observation
        {
            ParticipantId = participantId,
            ObservedOn = command.ObservedOn,
            Source = command.Source,
            Reliability = command.Reliability,
            RecordedByUserId = standing.Scope.UserId,
            RecordedAt = clock.UtcNow,
        };
        observation.DescriptionSealed = cipher.Seal(command.Description.Trim(), observation.Id, "Description");
        await AttachAsync(participantId, observation, command.Links, ct);
        db.Set<Observation>().Add(observation);
        db.Audit.Record(AuditActions.Create, AuditEntities.AssessmentObservation, observation.Id, participantId, $"{command.Source}, {command.Reliability}, {observation.Links.Count} items");
        await db.SaveChangesAsync(ct);
        return observation.Id;
    }

    private async Task AttachAsync(Guid participantId, Observation observation, List<ObservationLinkInput> links, CancellationToken ct)
    {
        var assessmentIds = links.Select(l => l.AssessmentId).Distinct().ToList();
        var definitions = await (
                from a in db.Set<Assessment>().AsNoTracking()
                join v in db.Set<InstrumentVersion>().AsNoTracking() on a.InstrumentVersionId equals v.Id
                where a.ParticipantId == participantId && assessmentIds.Contains(a.Id)
                select new { a.Id, v.Definition })
            .ToDictionaryAsync(x => x.Id, x => InstrumentParser.Parse(x.Definition), ct);
        var errors = new Dictionary<string, Phrase[]>();
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (!definitions.TryGetValue(link.AssessmentId, out var definition))
            {
                errors[$"Links[{i}].AssessmentId"] = [Phrase.Of("This participant has no such assessment.")];
            }
            else if (definition.Item(link.ItemKey) is null)
            {
                errors[$"Links[{i}].ItemKey"] = [Phrase.Of($"\"{link.ItemKey}\" is not an item of that assessment's instrument.")];
            }
            else if (!observation.Links.Any(l => l.AssessmentId == link.AssessmentId && l.ItemKey == link.ItemKey))
            {
                observation.Links.Add(new ObservationLink { ObservationId = observation.Id, AssessmentId = link.AssessmentId, ItemKey = link.ItemKey });
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }
}
