using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;

namespace Offramp.Core.Library.Publishing;

/// <summary>One proposal or release for the reviewer, and its signed file once released (downloading it is audited).</summary>
public sealed class GetLibraryRelease(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<LibraryReleaseView> ExecuteAsync(Guid programId, Guid releaseId, CancellationToken ct = default) =>
        LibraryReleaseView.From(await LoadAsync(programId, releaseId, ct));

    public async Task<(string FileName, byte[] Content)> SignedFileAsync(Guid programId, Guid releaseId, CancellationToken ct = default)
    {
        var release = await LoadAsync(programId, releaseId, ct);
        if (release.SignedFile is null)
        {
            throw new ConflictException("This has not been released, so there is no signed file.");
        }

        db.Audit.Record(AuditActions.LibraryDownloaded, AuditEntities.LibraryRelease, release.Id, null, release.Kind);
        await db.SaveChangesAsync(ct);
        return ($"library-{release.Kind}-{release.Id:N}.json", System.Text.Encoding.UTF8.GetBytes(release.SignedFile));
    }

    private async Task<LibraryRelease> LoadAsync(Guid programId, Guid releaseId, CancellationToken ct)
    {
        var program = await access.ForCallerAsync(programId, ct);
        return await db.Set<LibraryRelease>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == releaseId && r.ProgramId == program.Id, ct)
            ?? throw new NotFoundException();
    }
}
