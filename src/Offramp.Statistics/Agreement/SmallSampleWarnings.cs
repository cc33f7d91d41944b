namespace Offramp.Statistics.Agreement;

/// <summary>
/// Cautions written for practitioners rather than statisticians: programs are small, and an agreement
/// figure from a handful of people can swing widely with one more rating.
/// </summary>
public static class SmallSampleWarnings
{
    /// <summary>Below this many subjects a warning is given (the same threshold of 10 used for small cells elsewhere).</summary>
    public const int MinimumSubjects = 10;

    public static IReadOnlyList<string> For(string statistic, int subjects)
    {
        if (subjects == 0)
        {
            return [$"{statistic}: no one was rated by every rater, so it cannot be computed."];
        }

        if (subjects < MinimumSubjects)
        {
            return [$"{statistic} rests on only {subjects} {(subjects == 1 ? "person" : "people")} rated by every rater " +
                $"(fewer than {MinimumSubjects}): one more rating could change it a lot. " +
                "Read the confidence interval, not the single figure, and do not compare it with other teams."];
        }

        return [];
    }
}