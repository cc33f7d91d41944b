using System.Text;

using CsvHelper;

using Offramp.Statistics.Agreement;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Agreement;

/// <summary>
/// Streams a long-format ratings CSV (one row per subject, rater and rating) into a
/// <see cref="RatingMatrixBuilder"/>. Only the three named columns are touched; each field is decoded
/// from the reader's UTF-8 span into a reused buffer and dictionary-encoded by the builder, so a million
/// rows allocate little beyond one string per distinct value. The separator (comma, semicolon, tab or
/// bar) is detected from the file, as spreadsheets in different locales export differently.
/// </summary>
public static class LongRatingsCsvReader
{
    public static RatingMatrix Read(string path, LongRatingsColumns columns, RatingMatrixOptions options)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (!File.Exists(path))
        {
            throw new AnalysisInputException(L["The file '{0}' does not exist.", path]);
        }

        var builder = new RatingMatrixBuilder(options);
        using var reader = CsvReader.FromFile(path);
        var headers = reader.Headers;
        if (headers.Count == 0)
        {
            throw new AnalysisInputException(L["The file '{0}' is empty: it needs a header row naming its columns.", path]);
        }

        var subject = ColumnIndex(reader, headers, columns.Subject, "--subject");
        var rater = ColumnIndex(reader, headers, columns.Rater, "--rater");
        var rating = ColumnIndex(reader, headers, columns.Rating, "--rating");
        var subjectText = new FieldDecoder();
        var raterText = new FieldDecoder();
        var ratingText = new FieldDecoder();
        while (reader.Read())
        {
            builder.Add(
                subjectText.Decode(reader.GetSpan(subject)),
                raterText.Decode(reader.GetSpan(rater)),
                ratingText.Decode(reader.GetSpan(rating)));
        }

        if (builder.RowCount == 0)
        {
            throw new AnalysisInputException(L["The file '{0}' has a header but no ratings.", path]);
        }

        return builder.Build();
    }

    private static int ColumnIndex(CsvReader reader, IReadOnlyList<string> headers, string name, string option)
    {
        if (reader.TryGetFieldIndex(name, out var index))
        {
            return index;
        }

        throw new AnalysisInputException(
            L["There is no column '{0}' (given with {1}). The columns are: {2}.", name, option, string.Join(", ", headers.Select(h => $"'{h}'"))]);
    }

    /// <summary>Decodes UTF-8 fields into one growing char buffer, so reading allocates no string per field.</summary>
    private sealed class FieldDecoder
    {
        private char[] buffer = new char[64];

        public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8)
        {
            var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (needed > buffer.Length)
            {
                buffer = new char[Math.Max(needed, buffer.Length * 2)];
            }

            var length = Encoding.UTF8.GetChars(utf8, buffer);
            return buffer.AsSpan(0, length);
        }
    }
}
