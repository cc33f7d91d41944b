using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Small-number cautions for agreement figures, worded for practitioners: programs are small, and a
/// kappa or ICC from a handful of people can swing widely with one more rating.
/// </summary>
internal static class AgreementWarnings
{
    public static ImmutableArray<SmallNumberWarning> ForSubjects(string statistic, int subjects)
    {
        if (subjects == 0)
        {
            return [SmallNumberWarning.NotEstimable($"{statistic} cannot be computed: no one was rated on the scale by every rater.")];
        }

        var warning = SmallNumberWarning.ForSampleSize(
            subjects,
            subjects == 1 ? "person rated by every rater" : "people rated by every rater",
            $"{statistic} could change a lot with one more rating; read its confidence interval rather than the single figure, " +
            "and do not compare it with other teams");
        return warning is null ? [] : [warning];
    }

    /// <summary>Kappa is 0/0 when chance explains every agreement (all ratings in one level).</summary>
    public static SmallNumberWarning OneLevelOnly(string statistic) =>
        SmallNumberWarning.NotEstimable(
            $"{statistic} cannot be computed: every rating fell in the same level, so agreement by chance alone is complete.");
}
