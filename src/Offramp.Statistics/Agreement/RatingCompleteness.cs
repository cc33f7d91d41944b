namespace Offramp.Statistics.Agreement;

/// <summary>
/// What was left out of the statistics and why. Every statistic uses only the subjects that every rater
/// rated on the scale; these counts say how many ratings and subjects that excluded.
/// </summary>
public sealed record RatingCompleteness
{
    /// <summary>Rating records read, blank and unknown ones included.</summary>
    public required int RatingRows { get; init; }

    /// <summary>Records with a blank rating.</summary>
    public required int ExcludedMissing { get; init; }

    /// <summary>Records rated "unknown / could not rate".</summary>
    public required int ExcludedUnknown { get; init; }

    /// <summary>Subject and rater pairs with no record at all.</summary>
    public required int NotRated { get; init; }

    /// <summary>Subjects lacking a rating on the scale from at least one rater, and so left out.</summary>
    public required int SubjectsWithIncompleteRatings { get; init; }

    /// <summary>Subjects every rater rated on the scale: the ones analysed.</summary>
    public required int CompleteSubjects { get; init; }

    public static RatingCompleteness Of(RatingMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int missing = 0, unknown = 0, notRated = 0, incomplete = 0;
        for (var s = 0; s < matrix.SubjectCount; s++)
        {
            var complete = true;
            for (var r = 0; r < matrix.RaterCount; r++)
            {
                switch (matrix[s, r])
                {
                    case RatingMatrix.Missing: missing++; complete = false; break;
                    case RatingMatrix.Unknown: unknown++; complete = false; break;
                    case RatingMatrix.NotRated: notRated++; complete = false; break;
                    default: break;
                }
            }

            incomplete += complete ? 0 : 1;
        }

        return new RatingCompleteness
        {
            RatingRows = matrix.RatingRows,
            ExcludedMissing = missing,
            ExcludedUnknown = unknown,
            NotRated = notRated,
            SubjectsWithIncompleteRatings = incomplete,
            CompleteSubjects = matrix.SubjectCount - incomplete,
        };
    }
}
