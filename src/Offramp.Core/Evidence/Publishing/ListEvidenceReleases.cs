using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>A program's proposals and releases, newest first, for its directors and evaluators.</summary>
public sealed class ListEvidenceReleases(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<EvidenceReleaseView>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var rows = await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.ProgramId == program.Id)
            .OrderByDescending(r => r.ProposedAt).ToListAsync(ct);
        return [.. rows.Select(EvidenceReleaseView.From)];
    }
}

/// <summary>One proposal or release: who did what when, and the bundle itself (exactly what leaves).</summary>
public sealed record EvidenceReleaseView(
    Guid Id,
    string PeriodCode,
    string Status,
    Guid ProposedByUserId,
    DateTimeOffset ProposedAt,
    Guid? DecidedByUserId,
    DateTimeOffset? DecidedAt,
    string? KeyId,
    Guid? SupersedesId,
    int Version,
    EvidenceBundle Bundle)
{
    /// <summary>
    /// Once released, the base64 Ed25519 public key the file is signed with: what a hub's admin registers for this
    /// publisher. Filled for one release (<see cref="GetEvidenceRelease"/>), not for lists.
    /// </summary>
    public string? PublicKey { get; init; }

    public static EvidenceReleaseView From(EvidenceRelease r) => new(r.Id, r.PeriodCode, r.Status.ToString(), r.ProposedByUserId, r.ProposedAt, r.DecidedByUserId, r.DecidedAt,
        r.KeyId, r.SupersedesId, r.Version, CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(r.Document)));
}
