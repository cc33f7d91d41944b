namespace Offramp.Statistics.Tests.Change;

/// <summary>Seeded pre/post assessment scores.</summary>
public sealed record PairedScores(string Name, double[] Before, double[] After)
{
    public string[] Subjects => [.. Enumerable.Range(1, Before.Length).Select(i => $"P{i:000}")];
}

public static class PairedScoreGenerator
{
    /// <summary>Whole-number scale scores (0–40): many tied and zero changes.</summary>
    public static PairedScores IntegerScale(int seed, int count, double meanGain)
    {
        var random = new Random(seed);
        var before = new double[count];
        var after = new double[count];
        for (var i = 0; i < count; i++)
        {
            before[i] = Math.Clamp(Math.Round(20 + (6 * Normal(random))), 0, 40);
            after[i] = Math.Clamp(Math.Round(before[i] + meanGain + (3 * Normal(random))), 0, 40);
        }

        return new PairedScores($"integer-{seed}-{count}", before, after);
    }

    /// <summary>Continuous scores: no ties, no zero changes.</summary>
    public static PairedScores Continuous(int seed, int count, double meanGain)
    {
        var random = new Random(seed);
        var before = new double[count];
        var after = new double[count];
        for (var i = 0; i < count; i++)
        {
            before[i] = 50 + (10 * Normal(random));
            after[i] = before[i] + meanGain + (8 * Normal(random));
        }

        return new PairedScores($"continuous-{seed}-{count}", before, after);
    }

    /// <summary>Integer scores with no zero change but tied absolute changes (SciPy 1.10 stays exact).</summary>
    public static PairedScores TiesWithoutZeros(int seed, int count)
    {
        var random = new Random(seed);
        var before = new double[count];
        var after = new double[count];
        for (var i = 0; i < count; i++)
        {
            before[i] = random.Next(10, 30);
            var change = random.Next(1, 6) * (random.NextDouble() < 0.65 ? 1 : -1);
            after[i] = before[i] + change;
        }

        return new PairedScores($"ties-{seed}-{count}", before, after);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
