namespace Offramp.Analysis.Csv;

/// <summary>
/// The fast path of <see cref="CsvColumnReader"/>: splits a plain CSV file (UTF-8, no quote characters, every
/// line as long as the header needs) on its separator and line ends, trimming spaces and tabs as CsvHelper's
/// TrimWhitespace does. Declines (returns null) at the first thing it does not handle, so the caller can
/// read the file with CsvHelper instead.
/// </summary>
internal static class PlainCsvScanner
{
    /// <returns>Rows skipped for a missing value and the columns read, or null when the file is not plain.</returns>
    public static (int Skipped, ColumnSink[] Sinks)? TryRead(string path, byte separator, int[] positions, IReadOnlyList<ColumnRequest> requests)
    {
        if (new FileInfo(path).Length > int.MaxValue / 2)
        {
            return null; // too large to hold at once: stream it through CsvHelper
        }

        var bytes = File.ReadAllBytes(path);
        var data = bytes.AsSpan();
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        if (data.IndexOf((byte)'"') >= 0 || data.IndexOf((byte)0) >= 0 || data.StartsWith("sep="u8) || (data.Length > 1 && (data[0] == 0xFF || data[0] == 0xFE)))
        {
            return null;
        }

        var headerEnd = data.IndexOf((byte)'\n');
        var rest = headerEnd < 0 ? [] : data[(headerEnd + 1)..];

        // One row per line end, plus an unterminated last line: the arrays are sized once (a vectorised count).
        var rows = rest.Count((byte)'\n') + (rest.IsEmpty || rest[^1] == (byte)'\n' ? 0 : 1);
        var sinks = requests.Select(request => ColumnSink.For(request, Math.Max(rows, 1))).ToArray();
        var last = positions.Length == 0 ? -1 : positions.Max();
        var fields = new (int Start, int Length)[last + 1];
        var skipped = 0;
        long line = 1;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var row = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            line++;
            if (!row.IsEmpty && row[^1] == (byte)'\r')
            {
                row = row[..^1];
            }

            if (row.IsEmpty || !Split(row, separator, fields))
            {
                if (row.IsEmpty && rest.IsEmpty)
                {
                    break; // a final line end
                }

                return null; // blank or short line: let CsvHelper decide what it means
            }

            var missing = false;
            foreach (var position in positions)
            {
                var (start, length) = fields[position];
                missing |= CsvColumnReader.IsMissing(row.Slice(start, length));
            }

            if (missing)
            {
                skipped++;
                continue;
            }

            for (var i = 0; i < sinks.Length; i++)
            {
                var (start, length) = fields[positions[i]];
                sinks[i].Add(row.Slice(start, length), line);
            }
        }

        return (skipped, sinks);
    }

    /// <summary>Finds the first fields.Length fields of the row, trimmed; false when the row has fewer.</summary>
    private static bool Split(ReadOnlySpan<byte> row, byte separator, (int Start, int Length)[] fields)
    {
        var start = 0;
        for (var field = 0; field < fields.Length; field++)
        {
            if (start > row.Length)
            {
                return false;
            }

            var length = row[start..].IndexOf(separator);
            var end = length < 0 ? row.Length : start + length;
            var from = start;
            var to = end;
            while (from < to && (row[from] == (byte)' ' || row[from] == (byte)'\t'))
            {
                from++;
            }

            while (to > from && (row[to - 1] == (byte)' ' || row[to - 1] == (byte)'\t'))
            {
                to--;
            }

            fields[field] = (from, to - from);
            start = end + 1;
        }

        return true;
    }
}
