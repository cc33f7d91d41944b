using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.FollowUp;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Outcomes for demo participants who were never released from custody (probation, diversion, returnee and community
/// cases), drawn from their program's time zero: the licence start, the agreement, the return, or entry. Without them
/// those programs' reports were degenerate (everyone "not reconvicted", no one employed). Released participants get
/// theirs, with follow-ups, in <see cref="DemoPrograms"/>. Someone who already has an outcome or a follow-up is left alone,
/// so seeding again adds nothing to them.
/// </summary>
internal sealed class DemoOutcomesFromTimeZero(OfframpDbContext db, IClock clock)
{
    private const int BatchSize = 5000;

    public async Task SeedAsync(DemoWorld world, Random random, CancellationToken ct)
    {
        var organisationId = world.Organisation.Id;
        var kinds = world.Programs.ToDictionary(p => p.Id, p => p.Kind);
        var candidates = await db.Participants.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && !p.ConsentWithdrawn)
            .Where(p => !db.Set<ScheduledFollowUp>().Any(f => f.ParticipantId == p.Id) && !db.Set<OutcomeEvent>().Any(o => o.ParticipantId == p.Id))
            .Where(p => !db.JusticeEvents.Any(e => e.ParticipantId == p.Id && e.Kind == JusticeEventKind.ActualRelease))
            .OrderBy(p => p.Code).Select(p => new { p.Id, p.ProgramId }).ToListAsync(ct);
        var events = (await db.JusticeEvents.AsNoTracking()
            .Where(e => e.Kind == JusticeEventKind.LicenceStart || e.Kind == JusticeEventKind.AlternativeToProsecutionAgreement || e.Kind == JusticeEventKind.ReturnFromConflictZone)
            .Join(db.Participants.Where(p => p.OrganisationId == organisationId), e => e.ParticipantId, p => p.Id, (e, p) => new { e.ParticipantId, e.Kind, e.OccurredOn })
            .ToListAsync(ct))
            .ToLookup(e => (e.ParticipantId, e.Kind), e => e.OccurredOn);
        var referred = (await db.Referrals.AsNoTracking()
            .Join(db.Participants.Where(p => p.OrganisationId == organisationId), r => r.ParticipantId, p => p.Id, (r, p) => new { r.ParticipantId, r.ReferredOn })
            .ToListAsync(ct))
            .GroupBy(r => r.ParticipantId).ToDictionary(g => g.Key, g => g.Min(r => r.ReferredOn));

        DateOnly? TimeZero(Guid participant, ProgramKind kind) => MetricAnchors.DefaultFor(kind) switch
        {
            MetricAnchor.LicenceStart => Latest(events[(participant, JusticeEventKind.LicenceStart)]),
            MetricAnchor.AgreementDate => Earliest(events[(participant, JusticeEventKind.AlternativeToProsecutionAgreement)]),
            MetricAnchor.ReturnDate => Earliest(events[(participant, JusticeEventKind.ReturnFromConflictZone)]),
            MetricAnchor.ProgramEntry => referred.TryGetValue(participant, out var on) ? on : null,
            _ => null, // not released yet: not at risk
        };

        var earlyLeavers = await DemoPrograms.EarlyLeaversAsync(db, ct);
        var today = clock.Today;
        var rows = new BulkInserter(db);
        foreach (var chunk in candidates.Chunk(BatchSize))
        {
            var outcomes = chunk
                .Select(c => (c.Id, Zero: TimeZero(c.Id, kinds[c.ProgramId])))
                .Where(c => c.Zero is not null)
                .SelectMany(c => DemoOutcomeStory.Draw(random, c.Zero!.Value, today, earlyLeavers.Contains(c.Id) ? DemoPrograms.EarlyLeaverRisk : 1).Outcomes.Select(o => new OutcomeEvent
                {
                    ParticipantId = c.Id,
                    Type = o.Type,
                    OccurredOn = o.On,
                    Source = o.Source,
                    Confidence = o.Confidence,
                    RecordedByUserId = Guid.Empty,
                    RecordedAt = clock.UtcNow,
                }))
                .ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await rows.InsertAsync(outcomes, ct);
            db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Outcome, $"{outcomes.Count} outcomes for {chunk.Length} participants never in custody or not released");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    private static DateOnly? Latest(IEnumerable<DateOnly> days) => days.Any() ? days.Max() : null;

    private static DateOnly? Earliest(IEnumerable<DateOnly> days) => days.Any() ? days.Min() : null;
}
