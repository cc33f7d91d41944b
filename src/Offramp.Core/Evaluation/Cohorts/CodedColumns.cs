using Microsoft.EntityFrameworkCore;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Coded-profile fields of an <see cref="EvaluationDataset"/>'s participants, one array per field parallel to the
/// dataset's slots: the option codes chosen (none where the field is not coded). Loaded only for the fields a report
/// filters or breaks down by, never the sealed notes.
/// </summary>
public sealed class CodedColumns
{
    private readonly Dictionary<string, string[][]> byField;

    private CodedColumns(Dictionary<string, string[][]> byField) => this.byField = byField;

    public static CodedColumns None { get; } = new([]);

    /// <summary>Codes held in memory, one array of codes per slot for each field: for data made without a database (the demo hub's synthetic programs).</summary>
    public static CodedColumns InMemory(IReadOnlyDictionary<string, string[][]> byField) => new(new Dictionary<string, string[][]>(byField, StringComparer.Ordinal));

    /// <summary>Whether the participant in <paramref name="slot"/> was coded <paramref name="code"/> on <paramref name="field"/>.</summary>
    public bool Has(string field, int slot, string code) => byField.TryGetValue(field, out var codes) && codes[slot].Contains(code, StringComparer.Ordinal);

    /// <summary>Whether the participant in <paramref name="slot"/> has any code on <paramref name="field"/>.</summary>
    public bool IsCoded(string field, int slot) => byField.TryGetValue(field, out var codes) && codes[slot].Length > 0;

    public static async Task<CodedColumns> LoadAsync(OfframpDbContext db, Guid programId, EvaluationDataset data, IReadOnlyCollection<string> fields, CancellationToken ct)
    {
        if (fields.Count == 0)
        {
            return None;
        }

        var slotOf = new Dictionary<Guid, int>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            slotOf[data.Ids[i]] = i;
        }

        var byField = fields.ToDictionary(f => f, _ => Enumerable.Repeat(Array.Empty<string>(), data.Count).ToArray(), StringComparer.Ordinal);
        var keys = fields.ToList();
        // Answers of the program's participants only; those without evaluation consent are not in the dataset's slots.
        var rows = db.Set<CodedAnswer>().AsNoTracking()
            .Where(a => keys.Contains(a.FieldKey) && db.Participants.Any(p => p.Id == a.ParticipantId && p.ProgramId == programId))
            .Select(a => new { a.ParticipantId, a.FieldKey, a.Codes })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (slotOf.TryGetValue(row.ParticipantId, out var slot))
            {
                byField[row.FieldKey][slot] = row.Codes.Length == 0 ? [] : row.Codes.Split(',');
            }
        }

        return new CodedColumns(byField);
    }
}
