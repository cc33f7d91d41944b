using System.Globalization;
using System.Text;

using Offramp.Statistics.Agreement;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>One row of long-format ratings as a CSV export would hold it.</summary>
public readonly record struct LongRating(string Subject, string Rater, string Rating);

/// <summary>
/// A generated set of ratings with what a practitioner would pass on the command line: the ordered
/// levels (when the scale is text or has levels nobody used) and the values meaning "could not rate".
/// </summary>
public sealed record RatingDesign(
    string Name,
    IReadOnlyList<string>? Levels,
    IReadOnlyList<string> UnknownValues,
    IReadOnlyList<LongRating> Rows)
{
    public const string SubjectColumn = "case_id";
    public const string RaterColumn = "assessor";
    public const string RatingColumn = "item rating";

    public int RaterCount => Rows.Select(r => r.Rater).Distinct().Count();

    public bool IsNumeric => Levels is null && Rows
        .Select(r => r.Rating.Trim())
        .Where(v => v.Length > 0 && !UnknownValues.Contains(v, StringComparer.OrdinalIgnoreCase))
        .All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    public RatingMatrix ToMatrix()
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions { Levels = Levels, UnknownValues = UnknownValues });
        foreach (var row in Rows)
        {
            builder.Add(row.Subject, row.Rater, row.Rating);
        }

        return builder.Build();
    }

    /// <summary>Writes the rows as CSV (quoting every field, as spreadsheets do for text) and returns the path.</summary>
    public string WriteCsv(string directory)
    {
        var path = Path.Combine(directory, $"{Name}.csv");
        var csv = new StringBuilder();
        csv.Append(SubjectColumn).Append(',').Append(RaterColumn).Append(",\"").Append(RatingColumn).Append("\"\n");
        foreach (var row in Rows)
        {
            csv.Append(Quote(row.Subject)).Append(',').Append(Quote(row.Rater)).Append(',').Append(Quote(row.Rating)).Append('\n');
        }

        File.WriteAllText(path, csv.ToString());
        return path;
    }

    private static string Quote(string field) => $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
