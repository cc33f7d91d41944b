using Offramp.Core.Common;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Statistics.Contingency;
using Offramp.Statistics.Survival;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// An imported comparison group: its follow-up (months at risk, event, gender), compared with the cohort on an
/// adverse-outcome metric; or, for <see cref="ComparisonDesign.RepeatedMeasures"/>, its baseline and follow-up scores,
/// compared on an assessment-change metric (<see cref="ChangeComparisons"/>).
/// </summary>
public sealed record ExternalComparison(string Label, string Definition, double[] Months, bool[] Events, Participants.Gender[] Genders)
{
    public ComparisonDesign Design { get; init; }

    public double[] Baseline { get; init; } = [];

    public double[] FollowUp { get; init; } = [];

    internal static GroupComparison Compare(MetricObservations obs, Metrics.MetricDefinition metric, ExternalComparison external, RateEstimate cohortRate)
    {
        var horizon = metric.HorizonMonths;
        long successes = 0;
        var resolved = 0;
        for (var i = 0; i < external.Months.Length; i++)
        {
            var within = external.Events[i] && external.Months[i] <= horizon;
            if (within || external.Months[i] >= horizon)
            {
                resolved++;
                successes += within ? 0 : 1;
            }
        }

        var externalRate = RateEstimates.FromCounts(external.Label, successes, resolved, external.Months.Length - resolved);
        var cohort = cohortRate with { Label = ReportLabels.ThisProgram };
        var warnings = new List<Phrase> { Phrase.Of($"The comparison group's definition, as imported: {external.Definition}. Compare like with like.") };
        var times = obs.Months.Concat(external.Months).ToArray();
        var events = obs.Events.Concat(external.Events).ToArray();
        var groups = Enumerable.Repeat(0, obs.Months.Length).Concat(Enumerable.Repeat(1, external.Months.Length)).ToArray();
        double? logRank = null, logRankP = null;
        if (obs.Months.Length > 0 && external.Months.Length > 0)
        {
            var test = LogRankTest.Compare(times, events, groups, [ReportLabels.ThisProgram, external.Label]);
            (logRank, logRankP) = (test.ChiSquare, test.PValue);
            warnings.AddRange(RateEstimates.Words(test.Warnings));
        }

        var table = ContingencyTable.FromCounts(new long[,]
        {
            { cohort.Successes, cohort.N - cohort.Successes },
            { successes, resolved - successes },
        }, [ReportLabels.ThisProgram, external.Label], ["Success", "No success"]);
        return MetricCalculator.Tests(Phrase.Of($"This program compared with {Phrase.Verbatim(external.Label)}"), [cohort, externalRate], table, [], logRank, logRankP, warnings);
    }
}
