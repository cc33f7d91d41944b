using System.Text.Json;

using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// A coded field some bundles at the hub break down by. Two programs' categories line up only when they code with the
/// same codebook and field, so the value names both: "exit-status-at-entry@Offramp coded profile" (field keys are
/// kebab-case and never contain "@").
/// </summary>
public sealed record HubCodedField(string Value, string Label)
{
    public static string ValueOf(string field, string codebook) => $"{field}@{codebook}";

    public static (string Field, string Codebook) Parse(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (value, "") : (value[..at], value[(at + 1)..]);
    }

    public static IReadOnlyList<HubCodedField> Of(EvidenceBundle bundle) =>
        [.. (bundle.CodedFields ?? []).Select(f => new HubCodedField(ValueOf(f.Field, f.Codebook), $"{f.Label} ({f.Codebook})"))];

    public static string Serialize(IReadOnlyList<HubCodedField> fields) => JsonSerializer.Serialize(fields);

    public static IReadOnlyList<HubCodedField> Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<HubCodedField>>(json) ?? [];
}
