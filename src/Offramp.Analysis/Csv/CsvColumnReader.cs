using CsvHelper;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Csv;

/// <summary>
/// Reads the requested columns of a CSV file straight into growing arrays: no per-row objects, dictionaries
/// or strings for numbers, so a million rows stay fast and small. CsvHelper reads the header and detects the
/// separator (spreadsheets in different locales export differently). A plain file (UTF-8, no quotes, no blank
/// or short lines) is then split by <see cref="PlainCsvScanner"/> over its bytes, several times faster;
/// anything else is read by CsvHelper's full parser, with the same results.
/// </summary>
public static class CsvColumnReader
{
    public static CsvColumns Read(string path, IReadOnlyList<ColumnRequest> requests)
    {
        if (!File.Exists(path))
        {
            throw new AnalysisInputException(L["The file '{0}' does not exist.", path]);
        }

        int[] positions;
        byte separator;
        using (var reader = Open(path))
        {
            positions = Locate(reader, requests, path);
            separator = (byte)reader.Separator;
        }

        var (skipped, sinks) = PlainCsvScanner.TryRead(path, separator, positions, requests) ?? ReadWithCsvHelper(path, positions, requests);

        var values = new ColumnValues();
        foreach (var sink in sinks)
        {
            sink.Store(values);
        }

        var rows = sinks.Length == 0 ? 0 : sinks[0].Count;
        if (rows == 0)
        {
            throw new AnalysisInputException(
                L["'{0}' has no rows with a value in every column needed ({1}).", path, string.Join(", ", requests.Select(r => r.Name))]);
        }

        return new CsvColumns(rows, skipped, values);
    }

    /// <summary>A blank cell or R's "NA" is a missing value: the row is left out, as R's na.omit would.</summary>
    internal static bool IsMissing(ReadOnlySpan<byte> value) => value.IsEmpty || value.SequenceEqual("NA"u8);

    private static CsvReader Open(string path) => CsvReader.FromFile(path, new CsvReaderOptions { TrimWhitespace = true, PoolStrings = true });

    private static int[] Locate(CsvReader reader, IReadOnlyList<ColumnRequest> requests, string path)
    {
        var header = reader.Headers;
        if (header.Count == 0)
        {
            throw new AnalysisInputException(L["'{0}' is empty: it needs a header row naming its columns.", path]);
        }

        return [.. requests.Select(request => reader.TryGetFieldIndex(request.Name, out var position)
            ? position
            : throw new AnalysisInputException(
                L["{0} names column '{1}', which is not in '{2}'. Its columns are: {3}.", request.Option, request.Name, Path.GetFileName(path), string.Join(", ", header.Select(h => $"'{h}'"))]))];
    }

    private static (int Skipped, ColumnSink[] Sinks) ReadWithCsvHelper(string path, int[] positions, IReadOnlyList<ColumnRequest> requests)
    {
        var sinks = requests.Select(request => ColumnSink.For(request)).ToArray();
        using var reader = Open(path);
        var skipped = 0;
        while (reader.Read())
        {
            var missing = false;
            foreach (var position in positions)
            {
                missing |= IsMissing(reader.GetSpan(position));
            }

            if (missing)
            {
                skipped++;
                continue;
            }

            for (var i = 0; i < sinks.Length; i++)
            {
                sinks[i].Add(reader.GetSpan(positions[i]), reader.RowNumber + 1);
            }
        }

        return (skipped, sinks);
    }
}
