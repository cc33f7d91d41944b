using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Publishing;

/// <summary>A program's profile versions and lessons, proposed, released or discarded, newest first.</summary>
public sealed class ListLibraryReleases(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<LibraryReleaseView>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var rows = await db.Set<LibraryRelease>().AsNoTracking().Where(r => r.ProgramId == program.Id).OrderByDescending(r => r.ProposedAt).ToListAsync(ct);
        return [.. rows.Select(LibraryReleaseView.From)];
    }
}

/// <summary>One proposal or release and the document itself, exactly what leaves.</summary>
public sealed record LibraryReleaseView(
    Guid Id,
    string Kind,
    int ProfileVersion,
    string Title,
    string Status,
    Guid ProposedByUserId,
    DateTimeOffset ProposedAt,
    Guid? DecidedByUserId,
    DateTimeOffset? DecidedAt,
    string? KeyId,
    int Version,
    LibraryDocument Document)
{
    public static LibraryReleaseView From(LibraryRelease r) => new(r.Id, r.Kind, r.ProfileVersion, r.Title, r.Status.ToString(), r.ProposedByUserId, r.ProposedAt,
        r.DecidedByUserId, r.DecidedAt, r.KeyId, r.Version, CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(r.Document)));
}
