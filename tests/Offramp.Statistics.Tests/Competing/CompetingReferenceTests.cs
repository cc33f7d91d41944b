using System.Text.Json;

using Offramp.Statistics.Common;
using Offramp.Statistics.Competing;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Competing;

/// <summary>Cumulative incidence and Gray's test against R cmprsk's cuminc and timepoints, to 1e-9.</summary>
public sealed class CompetingReferenceTests(ITestOutputHelper output)
{
    internal static readonly double[] Horizons = [0, 0.5, 6, 12, 24, 36, 60, 1000];

    public static TheoryData<int, int, bool, int, bool> Designs => new()
    {
        // seed, n, monthly, causes, strata
        { 1, 300, true, 2, false },
        { 2, 1200, true, 3, false },
        { 3, 500, false, 2, true },
        { 4, 40, true, 2, false },
        { 5, 2000, true, 3, true },
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Cumulative_incidence_and_Grays_test_match_cmprsk(int seed, int n, bool monthly, int causes, bool strata)
    {
        var data = CohortGenerator.Create(seed, n, monthly, causes);
        Check(data, strata);
    }

    [Fact]
    public void One_group_without_events_of_a_cause_matches_cmprsk()
    {
        var data = CohortGenerator.Create(6, 400, causes: 2);
        for (var i = 0; i < data.Count; i++)
        {
            if (data.Group[i] == "completer" && data.Status[i] == 1)
            {
                data.Status[i] = 0;
            }
        }

        var result = Check(data, strata: false);
        var empty = Assert.Single(result.Curves, c => c.Group == "completer" && c.Cause == 1);
        Assert.Empty(empty.Time);
        Assert.Contains(empty.Warnings, w => w.Message.Contains("Only 0 events of cause 1 in group completer", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_groups_there_is_one_curve_per_cause_and_no_test()
    {
        var data = CohortGenerator.Create(7, 250, causes: 3);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CompetingReference.Run(csv, Horizons, group: "");

        var result = CompetingRisks.Analyze(data.Time, data.Status, horizons: Horizons);

        var check = new ReferenceAssert(output);
        CompareCurves(check, reference, result, "ungrouped");
        Assert.Empty(result.Tests);
        check.Report();
    }

    [Fact]
    public void All_censored_is_refused()
    {
        var data = CohortGenerator.Create(8, 30);
        Array.Clear(data.Status);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        Assert.NotNull(REdgeCase.Run(csv, "cuminc(d$time, d$status, d$group)").Error);

        var refused = Assert.Throws<ModelNotEstimableException>(() => CompetingRisks.Analyze(data.Time, data.Status));
        Assert.Contains("None of the 30 participants has an event", refused.Message, StringComparison.Ordinal);
    }

    private CompetingRisksResult Check(CohortData data, bool strata)
    {
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CompetingReference.Run(csv, Horizons, strata: strata ? "stratum" : "");
        var (groups, labels) = CohortInputs.Codes(data.Group);
        var (strataCodes, strataLabels) = CohortInputs.Codes(data.Stratum);

        var result = CompetingRisks.Analyze(data.Time, data.Status, groups, labels, strata ? strataCodes : null, strata ? strataLabels.Length : 1, Horizons);

        var check = new ReferenceAssert(output);
        CompareCurves(check, reference, result, data.Name);
        var tests = reference.GetProperty("tests");
        check.AllClose("gray.stat", tests.GetProperty("stat"), result.Tests.Select(t => t.Statistic).ToArray(), data.Name);
        check.AllClose("gray.pv", tests.GetProperty("pv"), result.Tests.Select(t => t.PValue).ToArray(), data.Name);
        check.AllClose("gray.df", tests.GetProperty("df"), result.Tests.Select(t => (double)t.DegreesOfFreedom).ToArray(), data.Name);
        check.Report();
        return result;
    }

    internal static void CompareCurves(ReferenceAssert check, JsonElement reference, CompetingRisksResult result, string where)
    {
        var curves = reference.GetProperty("curves").EnumerateArray().ToArray();
        Assert.Equal(curves.Length, result.Curves.Length);
        for (var i = 0; i < curves.Length; i++)
        {
            var expected = curves[i];
            var curve = result.Curves[i];
            var name = $"{where} {expected.GetProperty("name")[0].GetString()}";
            // cuminc names an ungrouped curve as group "1".
            Assert.Equal(expected.GetProperty("name")[0].GetString(), $"{(curve.Group.Length == 0 ? "1" : curve.Group)} {curve.Cause}");
            check.AllClose("cuminc.time", expected.GetProperty("time"), curve.Time, name);
            check.AllClose("cuminc.est", expected.GetProperty("est"), curve.Estimate, name);
            check.AllClose("cuminc.var", expected.GetProperty("var"), curve.Variance, name);
            check.Close("cuminc.last", expected.GetProperty("last")[0], curve.LastFollowUp, name);
            check.AllClose("timepoints.est", expected.GetProperty("h_est"), curve.Horizons.Select(h => h.Estimate).ToArray(), name);
            check.AllClose("timepoints.var", expected.GetProperty("h_var"), curve.Horizons.Select(h => h.Variance).ToArray(), name);
        }
    }
}
