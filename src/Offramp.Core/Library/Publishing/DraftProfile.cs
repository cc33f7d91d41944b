using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Core.Library.Publishing;

/// <summary>
/// The profile form's starting point, so a director edits rather than retypes: the latest version written (proposed or
/// released); for a first version, what the platform already knows (the program's kind and aims, its template's
/// target group and modules) and, for a reference program, the profile taken from its published sources.
/// </summary>
public sealed class DraftProfile(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<PracticeProfile> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var evaluated = await access.ForCallerAsync(programId, ct);
        var latest = await db.Set<LibraryRelease>().AsNoTracking()
            .Where(r => r.ProgramId == evaluated.Id && r.Kind == LibraryKinds.Profile && r.Status != LibraryReleaseStatus.Discarded)
            .OrderByDescending(r => r.ProposedAt).Select(r => r.Document).FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            return CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(latest)).Profile!;
        }

        var program = await db.Programs.AsNoTracking().SingleAsync(p => p.Id == evaluated.Id, ct);
        var template = await (from s in db.Set<ProgramSettings>()
                              join t in db.Set<ProgramTemplate>().Include(t => t.Modules) on s.TemplateId equals t.Id
                              where s.ProgramId == program.Id
                              select t).FirstOrDefaultAsync(ct);
        var seed = PracticeSeeds.ForKey(template?.Key)?.Profile;
        var aims = Enum.GetValues<Organisations.ProgramAims>().Where(a => a != Organisations.ProgramAims.None && program.Aims.HasFlag(a)).Select(a => a.ToString()).ToList();
        var draft = seed is null ? new PracticeProfile() : CanonicalJson.Read<PracticeProfile>(CanonicalJson.Bytes(seed));
        draft.Name = program.Name;
        draft.Kind = program.Kind.ToString();
        draft.Aims = aims.Count > 0 ? aims : draft.Aims;
        draft.Summary ??= program.Description;
        draft.TargetGroup ??= template?.TargetGroup;
        if (draft.Components.Count == 0 && template is not null)
        {
            draft.Components = [.. template.Modules.OrderBy(m => m.Order).Select(m => new PracticeComponent { Name = m.Name, Description = m.Description })];
        }

        return draft;
    }
}
