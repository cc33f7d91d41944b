using Microsoft.EntityFrameworkCore;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>
/// The coded profiles of a research export: one row per code (coded_profile) and the codebook versions they were coded
/// on, option by option (coded_fields). The sealed notes are never read.
/// </summary>
internal sealed class ResearchCodedProfiles(OfframpDbContext db)
{
    public async Task<long> WriteAsync(IQueryable<Participants.Participant> consenting, Dictionary<Guid, int> slotOf, string[] names,
        ResearchExportOptions options, List<string> files, CancellationToken ct)
    {
        var answers = db.Set<CodedAnswer>().AsNoTracking().Where(a => consenting.Any(p => p.Id == a.ParticipantId));
        // Loaded before the rows stream: PostgreSQL reads one result at a time on a connection.
        var versions = await db.Set<CodebookVersion>().AsNoTracking().Where(v => answers.Any(a => a.CodebookVersionId == v.Id)).ToDictionaryAsync(v => v.Id, ct);
        long rows = 0;
        await using (var table = await ExportResearchData.OpenAsync(ResearchTables.CodedProfile(), options, files, ct))
        {
            await foreach (var a in answers.OrderBy(a => a.ParticipantId).ThenBy(a => a.FieldKey)
                               .Select(a => new { a.ParticipantId, a.FieldKey, a.Codes, a.CodebookVersionId }).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!slotOf.TryGetValue(a.ParticipantId, out var i))
                {
                    continue;
                }

                var version = versions[a.CodebookVersionId];
                foreach (var code in a.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    await table.WriteAsync([names[i], a.FieldKey, code, version.Name, version.Label], ct);
                    rows++;
                }
            }
        }

        await using (var fields = await ExportResearchData.OpenAsync(ResearchTables.CodedFields(), options, files, ct))
        {
            foreach (var version in versions.Values.OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Label, StringComparer.Ordinal))
            {
                foreach (var field in version.Parsed().Fields)
                {
                    foreach (var option in field.Options)
                    {
                        await fields.WriteAsync([version.Name, version.Label, field.Key, field.Label, field.Phase.ToString(), field.Choice.ToString(), option.Code, option.Label], ct);
                    }
                }
            }
        }

        return rows;
    }
}
