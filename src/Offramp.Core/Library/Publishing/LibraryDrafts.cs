using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Publishing;

/// <summary>
/// What proposing a profile and proposing a lesson share: the document that would leave, in canonical JSON, kept as a
/// proposal for the second person to read. Nothing is signed or sent here.
/// </summary>
public sealed class LibraryDrafts(OfframpDbContext db, IClock clock)
{
    public async Task<Guid> ProposeAsync(EvaluatedProgram program, string kind, int version, string title, PracticeProfile? profile, PracticeLesson? lesson, CancellationToken ct)
    {
        var publisher = await db.Organisations.AsNoTracking().Where(o => o.Id == program.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var document = new LibraryDocument
        {
            ItemId = Guid.CreateVersion7(),
            Kind = kind,
            Publisher = publisher,
            ProgramId = program.Id,
            ProgramName = program.Name,
            Version = version,
            ProducedMonth = clock.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            Profile = profile,
            Lesson = lesson,
        };
        var release = new LibraryRelease
        {
            Id = document.ItemId,
            OrganisationId = program.OrganisationId,
            ProgramId = program.Id,
            Kind = kind,
            ProfileVersion = version,
            Title = title,
            Status = LibraryReleaseStatus.Proposed,
            Document = System.Text.Encoding.UTF8.GetString(CanonicalJson.Bytes(document)),
            ProposedByUserId = db.Audit.Actor.UserId ?? Guid.Empty,
            ProposedAt = clock.UtcNow,
        };
        db.Set<LibraryRelease>().Add(release);
        db.Audit.Record(AuditActions.LibraryProposed, AuditEntities.LibraryRelease, release.Id, null, kind == LibraryKinds.Profile ? $"profile version {version}" : "lesson");
        await db.SaveChangesAsync(ct);
        return release.Id;
    }
}
