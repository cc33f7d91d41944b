using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>Jacobson–Truax (1991) reliable change index per participant.</summary>
public static class ReliableChangeIndex
{
    /// <summary>The conventional criterion, |RCI| &gt; 1.96 (two-sided 5%).</summary>
    public const double ConventionalCriterion = 1.96;

    /// <summary>Computes RCI = (after - before) / (sqrt(2)·SD·sqrt(1 - reliability)) for each participant.</summary>
    /// <param name="subjects">Participant identifiers.</param>
    /// <param name="before">Baseline scores.</param>
    /// <param name="after">Follow-up scores.</param>
    /// <param name="reliability">Instrument reliability in (0, 1), e.g. its published test–retest coefficient.</param>
    /// <param name="baselineStandardDeviation">A published norm SD; when null the sample SD of the baseline scores is used.</param>
    /// <param name="criterion">Threshold on |RCI|.</param>
    public static ReliableChangeResult Compute(
        IReadOnlyList<string> subjects,
        ReadOnlySpan<double> before,
        ReadOnlySpan<double> after,
        double reliability,
        double? baselineStandardDeviation = null,
        double criterion = ConventionalCriterion)
    {
        if (!(reliability > 0 && reliability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Reliability must lie strictly between 0 and 1.");
        }

        if (subjects.Count != before.Length)
        {
            throw new ArgumentException($"There are {subjects.Count} subjects but {before.Length} scores.", nameof(subjects));
        }

        var differences = new PairedDifferences(before, after).Values;
        var n = differences.Length;
        var standardDeviation = baselineStandardDeviation
            ?? Math.Sqrt(PairedDifferences.SampleVariance(before, PairedDifferences.MeanOf(before)));
        var standardErrorOfMeasurement = standardDeviation * Math.Sqrt(1 - reliability);
        var standardErrorOfDifference = Math.Sqrt(2 * standardErrorOfMeasurement * standardErrorOfMeasurement);

        var participants = ImmutableArray.CreateBuilder<ParticipantReliableChange>(n);
        int increases = 0, decreases = 0;
        for (var i = 0; i < n; i++)
        {
            var index = differences[i] / standardErrorOfDifference;
            var category = index > criterion
                ? ReliableChangeCategory.ReliableIncrease
                : index < -criterion ? ReliableChangeCategory.ReliableDecrease : ReliableChangeCategory.NoReliableChange;
            increases += category == ReliableChangeCategory.ReliableIncrease ? 1 : 0;
            decreases += category == ReliableChangeCategory.ReliableDecrease ? 1 : 0;
            participants.Add(new ParticipantReliableChange(subjects[i], before[i], after[i], differences[i], index, category));
        }

        var warnings = new WarningCollector();
        if (baselineStandardDeviation is null)
        {
            warnings.Add(SmallNumberWarning.ForSampleSize(n, "participants", "the baseline SD behind the reliable change index is imprecise; supply a published norm SD if there is one"));
        }

        if (!(standardErrorOfDifference > 0))
        {
            warnings.Add(SmallNumberWarning.NotEstimable("Baseline scores do not vary: the reliable change index cannot be computed."));
        }

        return new ReliableChangeResult(
            reliability,
            standardDeviation,
            standardErrorOfMeasurement,
            standardErrorOfDifference,
            criterion,
            participants.MoveToImmutable(),
            increases,
            n - increases - decreases,
            decreases,
            n,
            warnings.ToImmutable());
    }
}
