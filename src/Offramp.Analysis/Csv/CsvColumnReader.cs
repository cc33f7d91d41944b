using CsvHelper;

namespace Offramp.Analysis.Csv;

/// <summary>
/// Streams a CSV file with CsvHelper's reader and keeps only the requested columns, each parsed from the
/// field's UTF-8 bytes straight into a growing array: no per-row objects, dictionaries or strings for
/// numbers, so a million rows stay fast and small. The separator is detected, as spreadsheets in
/// different locales export differently.
/// </summary>
public static class CsvColumnReader
{
    public static CsvColumns Read(string path, IReadOnlyList<ColumnRequest> requests)
    {
        if (!File.Exists(path))
        {
            throw new AnalysisInputException($"The file '{path}' does not exist.");
        }

        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { TrimWhitespace = true, PoolStrings = true });
        var header = reader.Headers;
        if (header.Count == 0)
        {
            throw new AnalysisInputException($"'{path}' is empty: it needs a header row naming its columns.");
        }

        var positions = requests.Select(request => Locate(reader, header, request, path)).ToArray();
        var sinks = requests.Select(ColumnSink.For).ToArray();
        var skipped = 0;
        while (reader.Read())
        {
            if (AnyBlank(reader, positions))
            {
                skipped++;
                continue;
            }

            for (var i = 0; i < sinks.Length; i++)
            {
                sinks[i].Add(reader, positions[i]);
            }
        }

        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var flags = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var labels = new Dictionary<string, LabelColumn>(StringComparer.Ordinal);
        foreach (var sink in sinks)
        {
            sink.Store(numbers, flags, labels);
        }

        var rows = sinks.Length == 0 ? 0 : sinks[0].Count;
        if (rows == 0)
        {
            throw new AnalysisInputException(
                $"'{path}' has no rows with a value in every column needed ({string.Join(", ", requests.Select(r => r.Name))}).");
        }

        return new CsvColumns(rows, skipped, numbers, flags, labels);
    }

    // A blank cell or R's "NA" is a missing value: the row is left out, as R's na.omit would.
    private static bool AnyBlank(CsvReader reader, int[] positions)
    {
        foreach (var position in positions)
        {
            var value = reader.GetSpan(position);
            if (value.IsEmpty || value.SequenceEqual("NA"u8))
            {
                return true;
            }
        }

        return false;
    }

    private static int Locate(CsvReader reader, IReadOnlyList<string> header, ColumnRequest request, string path)
    {
        if (reader.TryGetFieldIndex(request.Name, out var position))
        {
            return position;
        }

        throw new AnalysisInputException(
            $"{request.Option} names column '{request.Name}', which is not in '{Path.GetFileName(path)}'. " +
            $"Its columns are: {string.Join(", ", header.Select(h => $"'{h}'"))}.");
    }
}
