using System.Text.Json;

using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;
using Offramp.Statistics.Weighting;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Weighting;

/// <summary>Propensity weighting against R: glm, weights, balance, survfit with weights and weighted coxph, to 1e-9.</summary>
public sealed class WeightedReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, string, double> Designs => new()
    {
        { 1, 400, "ATE", 0.01 },
        { 2, 1500, "ATE", 0 },
        { 3, 800, "ATT", 0.05 },
        { 4, 120, "ATT", 0 },
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Weighted_comparison_matches_R(int seed, int n, string estimand, double truncation)
    {
        var data = CohortGenerator.Create(seed, n);
        const string covariates = "age,gender,prior";
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = WeightedReference.Run(csv, covariates, estimand, truncation);

        var result = WeightedComparison.Analyze(
            "treated",
            [.. data.Treated.Select(t => t == 1)],
            [.. covariates.Split(',').Select(c => CohortInputs.Covariate(data, c))],
            data.Time,
            data.Events,
            estimand == "ATE" ? Estimand.Ate : Estimand.Att,
            truncation);

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, $"{data.Name} {estimand} q={truncation}");
        check.Report();
    }

    [Fact]
    public void Without_details_the_balance_and_hazard_ratio_are_the_same_and_the_curves_and_robust_score_are_left_out()
    {
        var data = CohortGenerator.Create(1, 400);
        Covariate[] covariates = [.. "age,gender,prior".Split(',').Select(c => CohortInputs.Covariate(data, c))];
        bool[] treated = [.. data.Treated.Select(t => t == 1)];

        var full = WeightedComparison.Analyze("treated", treated, covariates, data.Time, data.Events);
        var lean = WeightedComparison.Analyze("treated", treated, covariates, data.Time, data.Events, details: false);

        Assert.NotNull(full.ControlCurve);
        Assert.NotNull(full.HazardRatio.RobustScore);
        Assert.Null(lean.ControlCurve);
        Assert.Null(lean.TreatedCurve);
        Assert.Null(lean.HazardRatio.RobustScore);
        Assert.Equal(full.Balance.Select(b => b.WeightedStandardisedDifference), lean.Balance.Select(b => b.WeightedStandardisedDifference));
        Assert.Equal(full.HazardRatio.Coefficients[0], lean.HazardRatio.Coefficients[0]);
        Assert.Equal(full.Weights.Weights.ToArray(), lean.Weights.Weights.ToArray());
    }

    [Fact]
    public void A_covariate_that_separates_the_groups_is_refused()
    {
        var data = CohortGenerator.Create(5, 200);
        var treated = data.Age.Select(a => a > 40).ToArray();
        for (var i = 0; i < data.Count; i++)
        {
            data.Treated[i] = treated[i] ? 1 : 0;
        }

        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var r = REdgeCase.Run(csv, "glm(treated ~ age, family = binomial, data = d)");
        Assert.Contains("glm.fit: fitted probabilities numerically 0 or 1 occurred", r.Warnings);

        var refused = Assert.Throws<ModelNotEstimableException>(() => WeightedComparison.Analyze(
            "treated", treated, [CohortInputs.Covariate(data, "age")], data.Time, data.Events));

        Assert.Contains("The covariates separate group membership", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_that_do_not_overlap_are_refused_even_where_R_fits_the_propensity_model_quietly()
    {
        var data = NoOverlapCohort.Create();
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        NoOverlapCohort.AssertRFitsItQuietlyWithExtremeScores(csv);

        var refused = Assert.Throws<ModelNotEstimableException>(() => WeightedComparison.Analyze(
            "treated", [.. data.Treated.Select(t => t == 1)], [CohortInputs.Covariate(data, "age")], data.Time, data.Events));

        Assert.Contains("so the groups do not overlap and no weighting can make them comparable", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_group_without_events_is_refused_where_R_warns_of_an_infinite_hazard_ratio()
    {
        var data = CohortGenerator.Create(8, 400);
        for (var i = 0; i < data.Count; i++)
        {
            data.Status[i] = data.Treated[i] == 1 ? 0 : data.Status[i];
        }

        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var r = REdgeCase.Run(csv, "coxph(Surv(time, event) ~ treated, data = d, robust = TRUE)");
        Assert.Contains(r.Warnings, w => w.Contains("coefficient may be infinite", StringComparison.Ordinal));

        var refused = Assert.Throws<ModelNotEstimableException>(() => WeightedComparison.Analyze(
            "treated", [.. data.Treated.Select(t => t == 1)], [CohortInputs.Covariate(data, "age"), CohortInputs.Covariate(data, "gender")], data.Time, data.Events));

        Assert.Contains("'treated'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("runs to 0 or infinity", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_group_only_is_refused()
    {
        var data = CohortGenerator.Create(6, 50);
        var refused = Assert.Throws<ModelNotEstimableException>(() => WeightedComparison.Analyze(
            "treated", new bool[data.Count], [CohortInputs.Covariate(data, "age")], data.Time, data.Events));
        Assert.Contains("Everyone is in the same group", refused.Message, StringComparison.Ordinal);
    }

    internal static void Compare(ReferenceAssert check, JsonElement r, WeightedComparisonResult result, string where)
    {
        var glm = result.Propensity;
        Assert.Equal(r.GetProperty("names").EnumerateArray().Select(e => e.GetString()!), glm.Coefficients.Select(c => c.Name));
        check.AllClose("glm.coef", r.GetProperty("coef"), glm.Coefficients.Select(c => c.Estimate).ToArray(), where);
        check.AllClose("glm.se", r.GetProperty("se"), glm.Coefficients.Select(c => c.StandardError).ToArray(), where);
        check.AllClose("glm.z", r.GetProperty("z"), glm.Coefficients.Select(c => c.Z).ToArray(), where);
        check.AllClose("glm.p", r.GetProperty("p"), glm.Coefficients.Select(c => c.PValue).ToArray(), where);
        check.Close("glm.deviance", r.GetProperty("deviance")[0], glm.Deviance, where);
        check.Close("glm.null.deviance", r.GetProperty("null_deviance")[0], glm.NullDeviance, where);
        check.Close("glm.aic", r.GetProperty("aic")[0], glm.Aic, where);
        check.Close("glm.iter", r.GetProperty("iter")[0], glm.Iterations, where);
        check.AllClose("glm.fitted", r.GetProperty("fitted"), glm.FittedProbabilities, where);
        check.AllClose("ipw.weights", r.GetProperty("weights"), result.Weights.Weights, where);
        check.AllClose("balance.smd", r.GetProperty("smd"), result.Balance.Select(b => b.StandardisedDifference).ToArray(), where);
        check.AllClose("balance.weighted.smd", r.GetProperty("wsmd"), result.Balance.Select(b => b.WeightedStandardisedDifference).ToArray(), where);
        CompareCurve(check, r.GetProperty("control"), result.ControlCurve!, where + " control");
        CompareCurve(check, r.GetProperty("treated"), result.TreatedCurve!, where + " treated");
        CoxReferenceTests.Compare(check, r.GetProperty("cox"), result.HazardRatio, where + " weighted cox");
    }

    internal static void CompareCurve(ReferenceAssert check, JsonElement r, WeightedSurvivalCurve curve, string where)
    {
        check.AllClose("wkm.time", r.GetProperty("time"), curve.Time, where);
        check.AllClose("wkm.n.risk", r.GetProperty("n_risk"), curve.WeightedAtRisk, where);
        check.AllClose("wkm.n.event", r.GetProperty("n_event"), curve.WeightedEvents, where);
        check.AllClose("wkm.n.censor", r.GetProperty("n_censor"), curve.WeightedCensored, where);
        check.AllClose("wkm.surv", r.GetProperty("surv"), curve.Survival, where);
        check.AllClose("wkm.std.err (robust)", r.GetProperty("std_err"), curve.StandardError, where);
        check.AllClose("wkm.lower", r.GetProperty("lower"), curve.Lower, where);
        check.AllClose("wkm.upper", r.GetProperty("upper"), curve.Upper, where);
    }
}
