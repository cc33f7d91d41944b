using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Safeguarding;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Disclosure;

/// <summary>
/// The program director decides whether to disclose to a security agency. Needs a fresh step-up. A disclosure records
/// the threshold (from the organisation's list), the legal basis, the agency (from its list) and the minimum data, frozen
/// with its SHA-256. When the organisation requires four eyes, nothing is released until a second director approves.
/// A decision not to disclose is recorded too.
/// </summary>
public sealed class DecideDisclosure(OfframpDbContext db, ParticipantAccess access, DisclosureSources sources, StepUpGuard stepUp,
    FieldCipher cipher, TaskPlanner planner, IClock clock)
{
    public async Task<DisclosureDecision> ExecuteAsync(Guid participantId, DecideDisclosureCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        if (!standing.IsDirector)
        {
            throw new ForbiddenException("Only the program director can decide on a disclosure.");
        }

        CommandValidation.Ensure(command);
        await stepUp.RequireFreshAsync(standing.Scope.UserId, ct);
        var p = standing.Participant;
        var policy = await sources.PolicyAsync(p.OrganisationId, ct);
        var source = await sources.LoadAsync(p, command.ConcernId, ct);
        if (command.Disclose)
        {
            RequireListed(policy.ThresholdList, command.Threshold!, nameof(command.Threshold),
                list => Phrase.Of($"Choose a threshold from the organisation's list: {list}."));
            RequireListed(policy.AgencyList, command.RecipientAgency!, nameof(command.RecipientAgency),
                list => Phrase.Of($"Choose an agency from the organisation's list: {list}."));
        }

        var entry = new DisclosureEntry
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            ConcernId = command.ConcernId,
            Kind = command.Disclose ? DisclosureEntryKind.Disclosure : DisclosureEntryKind.DecisionNotToDisclose,
            Threshold = command.Threshold?.Trim(),
            RecordedByUserId = standing.Scope.UserId,
            RecordedAt = clock.UtcNow,
        };
        entry.RationaleSealed = cipher.Seal(command.Rationale?.Trim(), entry.Id, "Rationale");
        DisclosurePackage? package = null;
        if (command.Disclose)
        {
            package = DisclosurePackage.Build(source, command.Fields);
            entry.LegalBasis = command.LegalBasis!.Trim();
            entry.RecipientAgency = command.RecipientAgency!.Trim();
            entry.Fields = string.Join(',', package.Items.Select(i => i.Field));
            entry.ContentSealed = cipher.Seal(package.Canonical, entry.Id, "Content");
            entry.ContentSha256 = package.Sha256;
            entry.RequiresApproval = policy.RequiresFourEyes;
        }

        db.Set<DisclosureEntry>().Add(entry);
        if (source.Concern is { } concern)
        {
            concern.Status = command.Disclose ? ConcernStatus.Disclosed : ConcernStatus.NotDisclosed;
            foreach (var task in await planner.OpenFromAsync("concern", concern.Id, ct))
            {
                DisclosureTasks.Complete(task, standing.Scope.UserId, clock, command.Disclose ? "Disclosure decided" : "Decided not to disclose");
            }
        }

        if (entry.RequiresApproval)
        {
            planner.Add(p, TaskKinds.Concern, "A disclosure awaits a second director's approval", clock.Today, TaskAudience.ProgramDirectors,
                sourceType: "disclosure", sourceId: entry.Id);
        }

        db.Audit.Record(
            command.Disclose ? AuditActions.Disclosure : AuditActions.DisclosureDeclined, AuditEntities.Disclosure, entry.Id, p.Id,
            command.Disclose
                ? $"{package!.Items.Count} fields, sha256 {package.Sha256}, {(entry.RequiresApproval ? "awaiting second director" : "released")}"
                : "decided not to disclose");
        await db.SaveChangesAsync(ct);
        return new DisclosureDecision(entry.Id, command.Disclose && !entry.RequiresApproval, entry.RequiresApproval, entry.ContentSha256);
    }

    /// <summary>
    /// Refuses a value the organisation's list lacks. Each list has its own sentence, so a language can word "a
    /// threshold" and "an agency" its own way; the list is the organisation's text, shown as written.
    /// </summary>
    private static void RequireListed(IReadOnlyList<string> allowed, string value, string field, Func<Phrase, Phrase> refusal)
    {
        if (!allowed.Contains(value.Trim(), StringComparer.Ordinal))
        {
            throw new DomainException(refusal(Phrase.Verbatim(string.Join("; ", allowed))), field);
        }
    }
}

public sealed record DisclosureDecision(Guid EntryId, bool Released, bool AwaitingApproval, string? ContentSha256);
