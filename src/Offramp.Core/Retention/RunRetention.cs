using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Erasure;
using Offramp.Core.Stages;

namespace Offramp.Core.Retention;

/// <summary>
/// Applies every retention rule: for each closed case whose closure is older than the rule's years, and without an
/// active legal hold, removes that kind of data (anonymising, coded data kept). A dry run lists what would change and
/// changes nothing. Each participant is done in its own transaction with its audit event and an erasure record, so an
/// interrupted run resumes where it stopped and a repeated run finds nothing left to do.
/// </summary>
public sealed class RunRetention(OfframpDbContext db, RecordScrubber scrubber, IClock clock)
{
    /// <summary>Every organisation's rules: the operator's run from the CLI.</summary>
    public Task<IReadOnlyList<RetentionAction>> ExecuteAsync(bool dryRun, CancellationToken ct = default) => ExecuteAsync(dryRun, null, ct);

    /// <summary>The rules of one organisation only (its admin's run from the page), or of all when null.</summary>
    public async Task<IReadOnlyList<RetentionAction>> ExecuteAsync(bool dryRun, Guid? organisationId, CancellationToken ct = default)
    {
        var rules = await db.Set<RetentionRule>().AsNoTracking()
            .Where(r => organisationId == null || r.OrganisationId == organisationId)
            .OrderBy(r => r.ProgramId).ThenBy(r => r.RecordType).ToListAsync(ct);
        var actions = new List<RetentionAction>();
        foreach (var rule in rules)
        {
            var reference = Reference(rule);
            var cutOff = clock.Today.AddYears(-rule.YearsAfterClosure);
            var due = await db.Participants.AsNoTracking()
                .Where(p => p.ProgramId == rule.ProgramId && p.OrganisationId == rule.OrganisationId && p.Stage == Stage.Closed)
                .Select(p => new
                {
                    p.Id,
                    p.Code,
                    ClosedOn = db.StageChanges.Where(s => s.ParticipantId == p.Id && s.ToStage == Stage.Closed).Max(s => (DateOnly?)s.EffectiveOn),
                    Held = db.Set<LegalHold>().Any(h => h.ParticipantId == p.Id && h.LiftedAt == null),
                    Done = db.Set<ErasureRecord>().Any(e => e.ParticipantId == p.Id && e.Reference == reference),
                })
                .Where(x => x.ClosedOn != null && x.ClosedOn <= cutOff && !x.Done)
                .OrderBy(x => x.Code)
                .ToListAsync(ct);
            foreach (var candidate in due)
            {
                var action = new RetentionAction(candidate.Code, rule.RecordType, candidate.ClosedOn!.Value,
                    candidate.Held ? Phrase.Of("kept: legal hold") : dryRun ? Phrase.Of("would remove") : Phrase.Of("removed"), rule.Id, candidate.Held);
                actions.Add(action);
                if (!dryRun && !candidate.Held)
                {
                    await ApplyAsync(rule, candidate.Id, reference, ct);
                }
            }
        }

        return actions;
    }

    private static string Reference(RetentionRule rule) => $"retention {rule.RecordType} {rule.YearsAfterClosure}y rule {rule.Id:N}";

    private async Task ApplyAsync(RetentionRule rule, Guid participantId, string reference, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await scrubber.ScrubAsync(participantId, rule.RecordType, ct);
        db.Set<ErasureRecord>().Add(new ErasureRecord
        {
            OrganisationId = rule.OrganisationId,
            ParticipantId = participantId,
            Kind = ErasureKind.Retention,
            Reference = reference,
            ErasedAt = clock.UtcNow,
        });
        db.Audit.Record(AuditActions.Retention, AuditEntities.Participant, participantId, participantId, $"{rule.RecordType} removed {rule.YearsAfterClosure} years after closure");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}

/// <summary>One participant a rule reached; <see cref="Outcome"/> is a phrase so the CLI words it in the operator's language.</summary>
public sealed record RetentionAction(string ParticipantCode, RetainedRecord RecordType, DateOnly ClosedOn, Phrase Outcome, Guid RuleId, bool KeptUnderHold);
