using Offramp.Statistics.Common;

namespace Offramp.Statistics.Survival;

/// <summary>
/// R survival's aeqSurv: distinct times closer than sqrt(machine epsilon), absolutely or relative to the
/// mean absolute time, are replaced by the first time of their run. Done on sorted times, in place.
/// </summary>
internal static class NearTieMerger
{
    public static void MergeSorted(double[] sortedTimes)
    {
        if (sortedTimes.Length < 2)
        {
            return;
        }

        var meanAbsoluteUnique = MeanAbsoluteOfUnique(sortedTimes);
        var cut = sortedTimes[0];
        var previousUnique = sortedTimes[0];
        for (var i = 1; i < sortedTimes.Length; i++)
        {
            var value = sortedTimes[i];
            if (value != previousUnique)
            {
                var gap = value - previousUnique;
                var tied = gap <= RTolerance.SqrtMachineEpsilon || gap / meanAbsoluteUnique <= RTolerance.SqrtMachineEpsilon;
                previousUnique = value;
                if (!tied)
                {
                    cut = value;
                }
            }

            sortedTimes[i] = cut;
        }
    }

    private static double MeanAbsoluteOfUnique(double[] sortedTimes)
    {
        var sum = 0.0;
        var count = 0;
        var previous = double.NaN;
        foreach (var value in sortedTimes)
        {
            if (value != previous)
            {
                sum += Math.Abs(value);
                count++;
                previous = value;
            }
        }

        return sum / count;
    }
}
