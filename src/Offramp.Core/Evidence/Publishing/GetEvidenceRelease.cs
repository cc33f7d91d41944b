using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>One proposal or release for review, and its signed file once released; reading it is audited.</summary>
public sealed class GetEvidenceRelease(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<EvidenceReleaseView> ExecuteAsync(Guid programId, Guid releaseId, CancellationToken ct = default)
    {
        var release = await LoadAsync(programId, releaseId, ct);
        db.Audit.Record(AuditActions.EvidenceReviewed, AuditEntities.EvidenceRelease, release.Id, null, $"period {release.PeriodCode}, {release.Status}");
        await db.SaveChangesAsync(ct);
        return EvidenceReleaseView.From(release) with
        {
            PublicKey = release.SignedFile is { } signed ? System.Text.Json.JsonSerializer.Deserialize<Signing.SignedEvidence>(signed, Signing.CanonicalJson.Options)?.PublicKey : null,
        };
    }

    /// <summary>The signed file as released, for download or upload to a hub.</summary>
    public async Task<(string FileName, byte[] Content)> SignedFileAsync(Guid programId, Guid releaseId, CancellationToken ct = default)
    {
        var release = await LoadAsync(programId, releaseId, ct);
        if (release.SignedFile is null)
        {
            throw new ConflictException("This bundle has not been released, so there is no signed file.");
        }

        db.Audit.Record(AuditActions.EvidenceDownloaded, AuditEntities.EvidenceRelease, release.Id, null, $"period {release.PeriodCode}");
        await db.SaveChangesAsync(ct);
        return ($"evidence-{release.PeriodCode}-{release.Id:N}.json", System.Text.Encoding.UTF8.GetBytes(release.SignedFile));
    }

    private async Task<EvidenceRelease> LoadAsync(Guid programId, Guid releaseId, CancellationToken ct)
    {
        var program = await access.ForCallerAsync(programId, ct);
        return await db.Set<EvidenceRelease>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == program.Id, ct)
            ?? throw new NotFoundException();
    }
}
