namespace Offramp.Statistics.Tests.Reference;

/// <summary>
/// Appends each test's largest differences to a file next to the test assembly, so a run leaves one
/// summary of how close Offramp came to R and SciPy across all tests.
/// </summary>
internal static class ReferenceDifferenceLog
{
    private static readonly Lock Gate = new();

    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "reference-differences.tsv");

    public static void Append(IReadOnlyDictionary<string, double> largest, int comparisons)
    {
        lock (Gate)
        {
            File.AppendAllLines(
                FilePath,
                largest.Select(pair => $"{pair.Key}\t{pair.Value:E3}\t{comparisons}"));
        }
    }
}
