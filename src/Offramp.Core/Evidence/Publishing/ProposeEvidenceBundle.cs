using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>
/// A program's evaluator or director proposes the bundle of a reporting period. The figures are computed and passed
/// through disclosure control against every earlier release now; nothing leaves until a second person, the director,
/// has reviewed exactly this document and released it (<see cref="ReleaseEvidenceBundle"/>).
/// </summary>
public sealed class ProposeEvidenceBundle(OfframpDbContext db, EvaluationAccess access, EvidenceInputs inputs, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid programId, ProposeEvidenceCommand command, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForCallerAsync(programId, ct), command, ct);

    /// <summary>For the command line: the operator names the program.</summary>
    public async Task<Guid> ForOperatorAsync(string programName, ProposeEvidenceCommand command, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForOperatorAsync(programName, ct), command, ct);

    private async Task<Guid> ProposeAsync(EvaluatedProgram program, ProposeEvidenceCommand command, CancellationToken ct)
    {
        CommandValidation.Ensure(command);
        var period = EvidencePeriod.Parse(command.Period, clock.Today);
        var code = EvidenceCellKeys.PeriodCode(period);
        if (await db.Set<EvidenceRelease>().AnyAsync(r => r.ProgramId == program.Id && r.PeriodCode == code && r.Status == EvidenceReleaseStatus.Proposed, ct))
        {
            throw new ConflictException(Phrase.Of($"A bundle for {period.Describe()} is already waiting for review: release or discard it first."));
        }

        var bundle = await inputs.ComposeAsync(program, period, command, ct);
        var release = new EvidenceRelease
        {
            Id = bundle.BundleId,
            OrganisationId = program.OrganisationId,
            ProgramId = program.Id,
            PeriodCode = code,
            Status = EvidenceReleaseStatus.Proposed,
            Document = System.Text.Encoding.UTF8.GetString(CanonicalJson.Bytes(bundle)),
            ProposedByUserId = db.Audit.Actor.UserId ?? Guid.Empty,
            ProposedAt = clock.UtcNow,
            SupersedesId = bundle.Supersedes,
        };
        db.Set<EvidenceRelease>().Add(release);
        db.Audit.Record(AuditActions.EvidenceProposed, AuditEntities.EvidenceRelease, release.Id, null,
            $"period {code}, {bundle.Metrics.Count} metrics, {bundle.Disclosure.PrimarySuppressions} primary and {bundle.Disclosure.SecondarySuppressions} secondary suppressions");
        await db.SaveChangesAsync(ct);
        return release.Id;
    }
}
