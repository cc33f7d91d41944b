namespace Offramp.Statistics.Agreement;

/// <summary>
/// Dictionary-encodes text values to dense integer codes, looking up by span so that reading a large
/// file does not allocate a string per field: only a value seen for the first time becomes a string.
/// </summary>
internal sealed class Codebook
{
    private readonly Dictionary<string, int> codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spanLookup;
    private readonly List<string> values = [];

    public Codebook(StringComparer comparer)
    {
        codes = new Dictionary<string, int>(comparer);
        spanLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Values => values;

    public int Count => values.Count;

    public int GetOrAdd(ReadOnlySpan<char> value)
    {
        if (spanLookup.TryGetValue(value, out var code))
        {
            return code;
        }

        code = values.Count;
        var text = value.ToString();
        codes.Add(text, code);
        values.Add(text);
        return code;
    }
}
