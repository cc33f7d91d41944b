namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// Follows each version's item mapping back to the first version, so the same item keeps one identity across versions
/// and a trajectory or a "what changed" can compare assessments made on different versions.
/// </summary>
public sealed class ItemLineage
{
    private readonly Dictionary<(string Version, string Key), string> roots = [];

    public ItemLineage(IEnumerable<InstrumentDefinition> versions)
    {
        var byVersion = versions.DistinctBy(v => v.Version).ToDictionary(v => v.Version, StringComparer.Ordinal);
        foreach (var version in byVersion.Values)
        {
            foreach (var item in version.Items)
            {
                roots[(version.Version, item.Key)] = Root(byVersion, version, item.Key, depth: 0);
            }
        }
    }

    /// <summary>The identity of <paramref name="key"/> of <paramref name="version"/>: its key in the earliest version it descends from.</summary>
    public string RootOf(string version, string key) => roots.TryGetValue((version, key), out var root) ? root : key;

    private static string Root(Dictionary<string, InstrumentDefinition> byVersion, InstrumentDefinition version, string key, int depth)
    {
        if (depth > 100 || version.BasedOn is not { } basedOn || !byVersion.TryGetValue(basedOn.Version, out var previous))
        {
            return key;
        }

        var oldKey = basedOn.Items.TryGetValue(key, out var mapped) ? mapped : key;
        return previous.Item(oldKey) is null ? key : Root(byVersion, previous, oldKey, depth + 1);
    }
}
