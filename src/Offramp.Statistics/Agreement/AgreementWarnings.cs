using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Small-number cautions for agreement figures, worded for practitioners: programs are small, and a
/// kappa or ICC from a handful of people can swing widely with one more rating. The statistic's name is a fragment of
/// its own, so an application words it in its reader's language with the rest of the sentence.
/// </summary>
internal static class AgreementWarnings
{
    public static ImmutableArray<SmallNumberWarning> ForSubjects(WarningText statistic, int subjects)
    {
        if (subjects == 0)
        {
            return [SmallNumberWarning.Of(SmallNumberKind.NotEstimable, WarningText.Of($"{statistic} cannot be computed: no one was rated on the scale by every rater."))];
        }

        var warning = SmallNumberWarning.ForSampleSize(
            subjects,
            subjects == 1 ? WarningText.Fixed("person rated by every rater") : WarningText.Fixed("people rated by every rater"),
            WarningText.Of($"{statistic} could change a lot with one more rating; read its confidence interval rather than the single figure, and do not compare it with other teams"));
        return warning is null ? [] : [warning];
    }

    /// <summary>Kappa is 0/0 when chance explains every agreement (all ratings in one level).</summary>
    public static SmallNumberWarning OneLevelOnly(WarningText statistic) =>
        SmallNumberWarning.Of(
            SmallNumberKind.NotEstimable,
            WarningText.Of($"{statistic} cannot be computed: every rating fell in the same level, so agreement by chance alone is complete."));
}
