using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Observations;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments;

/// <summary>
/// Reads one assessment for someone on the case. Blindness is enforced here, not in the UI: until the caller has
/// submitted (or the consensus is recorded) the API never sends anyone else's ratings, judgement or formulation.
/// </summary>
public sealed class GetAssessment(OfframpDbContext db, AssessmentAccess access, FieldCipher cipher)
{
    public async Task<AssessmentView> ExecuteAsync(Guid participantId, Guid assessmentId, CancellationToken ct = default)
    {
        var rules = await access.RulesAsync(participantId, ct);
        var a = await access.LoadAsync(participantId, assessmentId, forUpdate: false, ct);
        var instrument = await access.InstrumentAsync(a.InstrumentVersionId, ct);
        var definition = instrument.Parsed().In(TranslatableText.ReaderLanguage);
        var order = definition.Items.Select((item, index) => (item.Key, index)).ToDictionary(x => x.Key, x => x.index, StringComparer.Ordinal);
        var userId = rules.Standing.Scope.UserId;
        var sees = rules.SeesOthersRatings(a);
        var people = a.Submissions.Select(s => s.RaterUserId).Append(a.AgreedByUserId ?? Guid.Empty).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : "former user";

        var submissions = a.Submissions.OrderBy(s => s.SubmittedAt).Select(s =>
        {
            var visible = sees || s.RaterUserId == userId;
            return new SubmissionView(s.Id, Name(s.RaterUserId), s.RaterRole, s.SubmittedAt, s.RaterUserId == userId,
                visible ? s.OverallJudgement : null,
                visible ? cipher.Open(s.FormulationSealed, s.Id, "Formulation") : null,
                visible ? [.. s.Ratings.OrderBy(r => order.GetValueOrDefault(r.ItemKey)).Select(r => new ItemRatingView(r.ItemKey, r.Level, cipher.Open(r.EvidenceSealed, r.Id, "Evidence"), cipher.Open(r.RationaleSealed, r.Id, "Rationale")))] : null);
        }).ToList();

        var evidence = await (
                from l in db.Set<ObservationLink>().AsNoTracking()
                join o in db.Set<Observation>().AsNoTracking() on l.ObservationId equals o.Id
                where l.AssessmentId == a.Id
                select new { l.ItemKey, o })
            .ToListAsync(ct);

        db.Audit.Record(AuditActions.Read, AuditEntities.Assessment, a.Id, participantId, sees ? null : "others' ratings withheld (blind)");
        await db.SaveChangesAsync(ct);
        return new AssessmentView(a.Id, a.Version, participantId, a.AssessedOn, a.Kind, a.Event, a.Status, instrument.Id, definition,
            a.OverallJudgement, cipher.Open(a.FormulationSealed, a.Id, "Formulation"), a.AgreedByUserId is null ? null : Name(a.AgreedByUserId), a.AgreedAt,
            new CallerAssessmentRights(rules.MayRate, a.Submissions.Any(s => s.RaterUserId == userId), rules.MayChairConsensus, sees),
            submissions,
            [.. a.Consensus.OrderBy(c => order.GetValueOrDefault(c.ItemKey)).Select(c => new ConsensusItemView(c.ItemKey, c.Level, cipher.Open(c.RationaleSealed, c.Id, "Rationale"), cipher.Open(c.DisagreementSealed, c.Id, "Disagreement")))],
            [.. evidence.OrderBy(e => e.o.ObservedOn).Select(e => new ItemEvidenceView(e.ItemKey, e.o.Id, e.o.ObservedOn, e.o.Source, e.o.Reliability, cipher.Open(e.o.DescriptionSealed, e.o.Id, "Description") ?? ""))]);
    }
}
