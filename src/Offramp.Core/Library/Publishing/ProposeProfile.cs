using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Publishing;

/// <summary>
/// A program's director or evaluator proposes the next version of its profile. One version waits for review at a time,
/// so the reviewer never reads a version that another proposal is about to replace.
/// </summary>
public sealed class ProposeProfile(OfframpDbContext db, EvaluationAccess access, LibraryDrafts drafts)
{
    public async Task<Guid> ExecuteAsync(Guid programId, PracticeProfile profile, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForCallerAsync(programId, ct), profile, ct);

    /// <summary>For the demo, seeded when no one is signed in.</summary>
    public async Task<Guid> ForOperatorAsync(string programName, PracticeProfile profile, CancellationToken ct = default) =>
        await ProposeAsync(await access.ForOperatorAsync(programName, ct), profile, ct);

    private async Task<Guid> ProposeAsync(EvaluatedProgram program, PracticeProfile profile, CancellationToken ct)
    {
        CommandValidation.Ensure(profile.Tidied());
        var versions = db.Set<LibraryRelease>().Where(r => r.ProgramId == program.Id && r.Kind == LibraryKinds.Profile);
        if (await versions.AnyAsync(r => r.Status == LibraryReleaseStatus.Proposed, ct))
        {
            throw new ConflictException("A version of this profile is already waiting for review: release or discard it first.");
        }

        var next = 1 + (await versions.Where(r => r.Status == LibraryReleaseStatus.Released).MaxAsync(r => (int?)r.ProfileVersion, ct) ?? 0);
        return await drafts.ProposeAsync(program, LibraryKinds.Profile, next, profile.Name, profile, null, ct);
    }
}
