using System.Globalization;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>
/// Seeded, reproducible rating data in the designs the agreement statistics must handle. Each subject has a
/// latent true level; each rater adds their own bias and noise. Some rows are left blank, rated "unknown",
/// or left out entirely, and the row order is shuffled, as in a real export.
/// </summary>
public static class RatingDesignGenerator
{
    public const string Unknown = "could not rate";

    /// <summary>Ordinal ratings on <paramref name="labels"/> (lowest first).</summary>
    public static RatingDesign Ordinal(
        string name,
        int seed,
        int subjects,
        int raters,
        IReadOnlyList<string> labels,
        bool levelsGiven,
        double noise,
        double gaps = 0,
        int topLevelOfLastRater = int.MaxValue)
    {
        var random = new Random(seed);
        var rows = new List<LongRating>();
        var raterBias = Enumerable.Range(0, raters).Select(_ => Gaussian(random) * 0.3).ToArray();
        for (var s = 0; s < subjects; s++)
        {
            // Skewed towards the low levels, so that the margins differ between levels.
            var truth = (labels.Count - 1) * Math.Pow(random.NextDouble(), 1.4);
            for (var r = 0; r < raters; r++)
            {
                var level = (int)Math.Round(truth + raterBias[r] + (Gaussian(random) * noise));
                level = Math.Clamp(level, 0, labels.Count - 1);
                if (r == raters - 1)
                {
                    level = Math.Min(level, topLevelOfLastRater);
                }

                AddWithGaps(rows, random, gaps, $"P{s + 1:D4}", $"rater-{(char)('A' + r)}", labels[level]);
            }
        }

        return new RatingDesign(name, levelsGiven ? labels : null, [Unknown], Shuffle(rows, random));
    }

    /// <summary>Interval scores: subject effect + rater offset + noise, rounded to <paramref name="decimals"/>.</summary>
    public static RatingDesign Numeric(
        string name,
        int seed,
        int subjects,
        int raters,
        double subjectSd,
        double raterSd,
        double noiseSd,
        int decimals,
        double gaps = 0)
    {
        var random = new Random(seed);
        var rows = new List<LongRating>();
        var raterOffset = Enumerable.Range(0, raters).Select(_ => Gaussian(random) * raterSd).ToArray();
        for (var s = 0; s < subjects; s++)
        {
            var truth = 20 + (Gaussian(random) * subjectSd);
            for (var r = 0; r < raters; r++)
            {
                var score = Math.Round(truth + raterOffset[r] + (Gaussian(random) * noiseSd), decimals);
                AddWithGaps(rows, random, gaps, $"S-{s + 1}", $"J{r + 1}", score.ToString(CultureInfo.InvariantCulture));
            }
        }

        return new RatingDesign(name, null, [Unknown], Shuffle(rows, random));
    }

    /// <summary>With probability <paramref name="gaps"/> a rating is blank, "unknown" (in varying case) or absent.</summary>
    private static void AddWithGaps(List<LongRating> rows, Random random, double gaps, string subject, string rater, string rating)
    {
        if (random.NextDouble() >= gaps)
        {
            rows.Add(new LongRating(subject, rater, rating));
            return;
        }

        switch (random.Next(3))
        {
            case 0: rows.Add(new LongRating(subject, rater, string.Empty)); break;
            case 1: rows.Add(new LongRating(subject, rater, random.Next(2) == 0 ? Unknown : "Could Not Rate")); break;
            default: break;
        }
    }

    private static LongRating[] Shuffle(List<LongRating> rows, Random random)
    {
        var shuffled = rows.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
