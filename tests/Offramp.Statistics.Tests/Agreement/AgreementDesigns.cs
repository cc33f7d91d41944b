namespace Offramp.Statistics.Tests.Agreement;

/// <summary>The generated designs every reference comparison runs on.</summary>
public static class AgreementDesigns
{
    public static readonly string[] Presence = ["absent", "partly present", "present", "strongly present"];

    public static IReadOnlyList<RatingDesign> All { get; } =
    [
        // Two raters, ordinal 1..5; the second rater never uses 5, with blanks, unknowns and absent rows.
        RatingDesignGenerator.Ordinal("two-raters-ordinal-top-unused", 11, 80, 2, ["1", "2", "3", "4", "5"], false, 0.8, gaps: 0.1, topLevelOfLastRater: 3),

        // Two raters on a text scale given in order; "absent" dominates, so chance agreement is high.
        RatingDesignGenerator.Ordinal("two-raters-text-levels", 12, 150, 2, Presence, true, 0.6, gaps: 0.04),

        // A stated six-level scale of which nobody uses the top level: the weights still count it.
        RatingDesignGenerator.Ordinal("two-raters-level-nobody-used", 13, 60, 2, ["0", "1", "2", "3", "4", "5"], true, 0.7, topLevelOfLastRater: 3),

        // Fewer than ten people: the statistics come with a warning.
        RatingDesignGenerator.Ordinal("two-raters-small", 14, 9, 2, ["1", "2", "3"], false, 0.5),

        // Many subjects, seven-point scale, good agreement.
        RatingDesignGenerator.Ordinal("two-raters-seven-point", 15, 500, 2, ["1", "2", "3", "4", "5", "6", "7"], false, 0.5),

        // Unordered categories, three raters.
        RatingDesignGenerator.Ordinal("three-raters-text", 21, 60, 3, ["coping", "identity", "ideology", "networks"], false, 0.9),

        RatingDesignGenerator.Ordinal("four-raters-ordinal-gaps", 22, 200, 4, ["1", "2", "3", "4"], false, 0.7, gaps: 0.05),
        RatingDesignGenerator.Ordinal("five-raters-three-levels", 23, 35, 5, ["low", "moderate", "high"], true, 0.6),

        RatingDesignGenerator.Numeric("numeric-four-raters-bias", 31, 30, 4, subjectSd: 3, raterSd: 1.5, noiseSd: 1.2, decimals: 0),
        RatingDesignGenerator.Numeric("numeric-three-raters-weak", 32, 12, 3, subjectSd: 0.8, raterSd: 0.4, noiseSd: 1.5, decimals: 1),
        RatingDesignGenerator.Numeric("numeric-two-raters", 33, 50, 2, subjectSd: 2, raterSd: 0.5, noiseSd: 1, decimals: 0),
        RatingDesignGenerator.Numeric("numeric-five-raters-small", 34, 8, 5, subjectSd: 2, raterSd: 1, noiseSd: 1, decimals: 2),
        RatingDesignGenerator.Numeric("numeric-three-raters-gaps", 35, 200, 3, subjectSd: 1.5, raterSd: 0.7, noiseSd: 1, decimals: 0, gaps: 0.05),

        // No real agreement at all: ICCs near zero, where only absolute differences are meaningful.
        RatingDesignGenerator.Numeric("numeric-noise-only", 36, 40, 3, subjectSd: 0.05, raterSd: 0.05, noiseSd: 2, decimals: 3),
    ];
}
