using System.Text.Json;

using Offramp.Statistics.Common;
using Offramp.Statistics.Regression;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>Cox regression against R survival's coxph on generated cohorts: every coefficient, variance, test and the concordance to 1e-9.</summary>
public sealed class CoxReferenceTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, bool, string, bool, bool> Designs => new()
    {
        // seed, n, monthly times (ties), ties, strata, cluster
        { 1, 400, true, "efron", false, false },
        { 2, 1500, true, "efron", true, false },
        { 3, 600, false, "efron", false, true },
        { 4, 800, true, "breslow", true, true },
        { 5, 120, true, "breslow", false, false },
        { 6, 2500, true, "efron", true, true },
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Cox_model_matches_R_coxph(int seed, int n, bool monthly, string ties, bool strata, bool cluster)
    {
        var data = CohortGenerator.Create(seed, n, monthly);
        const string covariates = "age,gender,prior,group";
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CoxReference.Run(csv, covariates, ties, strata ? "stratum" : "", cluster ? "family" : "");

        var result = CoxRegression.Fit(
            CohortInputs.Cox(data, covariates, strata, cluster),
            new CoxOptions { Ties = ties == "efron" ? CoxTies.Efron : CoxTies.Breslow });

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, $"{data.Name} {ties}{(strata ? " strata" : "")}{(cluster ? " cluster" : "")}");
        check.Report();
    }

    [Fact]
    public void Weighted_cox_with_robust_variance_matches_R()
    {
        var data = CohortGenerator.Create(7, 900);
        var random = new Random(70);
        var weights = data.Time.Select(_ => 0.3 + (random.NextDouble() * 2.5)).ToArray();
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var weighted = folder.File("weighted.csv");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(weighted, [lines[0] + ",w", .. lines.Skip(1).Select((line, i) => line + "," + weights[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture))]);
        var reference = CoxReference.Run(weighted, "group,age", weights: "w", robust: "TRUE");

        var result = CoxRegression.Fit(CohortInputs.Cox(data, "group,age", weights: weights), new CoxOptions { Robust = true });

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, "weighted robust");
        check.Report();
    }

    /// <summary>Only categorical covariates: the observations share the rows of their level combination (see CoxData).</summary>
    [Theory]
    [InlineData(9, 1200, "efron", false)]
    [InlineData(10, 900, "breslow", true)]
    public void Categorical_covariates_only_match_R(int seed, int n, string ties, bool strata)
    {
        var data = CohortGenerator.Create(seed, n, monthly: true);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CoxReference.Run(csv, "gender,group", ties, strata ? "stratum" : "", robust: "TRUE");

        var result = CoxRegression.Fit(
            CohortInputs.Cox(data, "gender,group", strata),
            new CoxOptions { Ties = ties == "efron" ? CoxTies.Efron : CoxTies.Breslow, Robust = true });

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, $"categorical {ties}{(strata ? " strata" : "")}");
        check.Report();
    }

    [Fact]
    public void Robust_variance_without_clusters_matches_R()
    {
        var data = CohortGenerator.Create(8, 700, monthly: true);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CoxReference.Run(csv, "gender,prior", robust: "TRUE");

        var result = CoxRegression.Fit(CohortInputs.Cox(data, "gender,prior"), new CoxOptions { Robust = true });

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, "robust");
        check.Report();
    }

    [Fact]
    public void Few_events_per_coefficient_are_warned_about_and_still_match_R()
    {
        var data = CohortGenerator.Create(9, 60, monthly: true, censoring: 0.3);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CoxReference.Run(csv, "age,gender,prior,group");

        var result = CoxRegression.Fit(CohortInputs.Cox(data, "age,gender,prior,group"));

        var check = new ReferenceAssert(output);
        Compare(check, reference, result, "few events");
        check.Report();
        var warning = Assert.Single(result.Warnings, w => w.Kind == SmallNumberKind.FewEvents);
        Assert.Contains($"Only {result.Events} events for 5 coefficients", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_censored_is_refused()
    {
        var data = CohortGenerator.Create(10, 50);
        Array.Clear(data.Status);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var r = REdgeCase.Run(csv, "coxph(Surv(time, event) ~ age, data = d)");
        Assert.Equal([null], r.Coefficients);
        var censored = new CoxModelInput(data.Time, data.Events, [CohortInputs.Covariate(data, "age")]);

        var refused = Assert.Throws<ModelNotEstimableException>(() => CoxRegression.Fit(censored));
        Assert.Contains("None of the 50 participants has an event", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_without_events_is_refused_where_R_warns_of_an_infinite_coefficient()
    {
        var data = CohortGenerator.Create(11, 300);
        for (var i = 0; i < data.Count; i++)
        {
            if (data.Group[i] == "completer")
            {
                data.Status[i] = 0;
            }
        }

        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var reference = CoxReference.Run(csv, "age,group");
        Assert.Contains(reference.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("coefficient may be infinite", StringComparison.Ordinal));

        var refused = Assert.Throws<ModelNotEstimableException>(() => CoxRegression.Fit(CohortInputs.Cox(data, "age,group")));
        Assert.Contains("'groupcompleter'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("runs to 0 or infinity", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_perfectly_separating_covariate_is_refused()
    {
        // Whoever has the event always has the highest score of everyone still at risk.
        var n = 80;
        var times = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        var events = Enumerable.Range(0, n).Select(i => i % 3 != 0).ToArray();
        var score = times.Select(t => 100 - t).ToArray();
        var input = new CoxModelInput(times, events, [Covariate.Numeric("score", score)]);
        using var folder = new TempFolder();
        var csv = folder.File("separated.csv");
        File.WriteAllLines(csv, ["time,event,score", .. times.Select((t, i) => FormattableString.Invariant($"{t},{(events[i] ? 1 : 0)},{score[i]}"))]);
        var r = REdgeCase.Run(csv, "coxph(Surv(time, event) ~ score, data = d)");
        Assert.Contains("Ran out of iterations and did not converge", r.Warnings);

        var refused = Assert.Throws<ModelNotEstimableException>(() => CoxRegression.Fit(input));
        Assert.Contains("'score'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_that_duplicates_another_is_refused()
    {
        var data = CohortGenerator.Create(12, 200);
        var input = CohortInputs.Cox(data, "age,prior") with
        {
            Covariates = [CohortInputs.Covariate(data, "age"), Covariate.Numeric("age_again", [.. data.Age.Select(a => (2 * a) + 1)])],
        };

        var refused = Assert.Throws<ModelNotEstimableException>(() => CoxRegression.Fit(input));
        Assert.Contains("'age_again' is constant or a combination", refused.Message, StringComparison.Ordinal);
    }

    internal static void Compare(ReferenceAssert check, JsonElement r, CoxResult result, string where)
    {
        CompareFigures(check, r, result, where);
        Assert.Empty(r.GetProperty("warnings").EnumerateArray());
    }

    /// <summary>Every figure against R's, whatever R warned about (the caller checks the warnings).</summary>
    internal static void CompareFigures(ReferenceAssert check, JsonElement r, CoxResult result, string where)
    {
        Assert.Equal(r.GetProperty("names").EnumerateArray().Select(e => e.GetString()!), result.Coefficients.Select(c => c.Name));
        check.AllClose("cox.coef", r.GetProperty("coef"), result.Coefficients.Select(c => c.Estimate).ToArray(), where);
        check.AllClose("cox.var", r.GetProperty("var"), result.Variance, where);
        check.AllClose("cox.naive.var", r.GetProperty("naive_var"), result.NaiveVariance, where);
        check.AllClose("cox.loglik", r.GetProperty("loglik"), [result.LogLikelihoodNull, result.LogLikelihood], where);
        check.Close("cox.score", r.GetProperty("score")[0], result.Score.Statistic, where);
        check.Close("cox.wald", r.GetProperty("wald")[0], result.Wald.Statistic, where);
        check.AllClose("cox.logtest", r.GetProperty("lr"), [result.LikelihoodRatio.Statistic, result.LikelihoodRatio.DegreesOfFreedom, result.LikelihoodRatio.PValue], where);
        if (r.GetProperty("rscore").ValueKind == JsonValueKind.Null)
        {
            Assert.Null(result.RobustScore);
        }
        else
        {
            check.Close("cox.rscore", r.GetProperty("rscore")[0], result.RobustScore!.Statistic, where);
        }

        var c = result.Concordance!;
        check.AllClose("cox.concordance", r.GetProperty("concordance"), [c.Concordant, c.Discordant, c.TiedRisk, c.TiedTime, c.TiedBoth, c.Estimate, c.StandardError], where);
        check.Close("cox.iter", r.GetProperty("iter")[0], result.Iterations, where);
        check.Close("cox.n", r.GetProperty("n")[0], result.N, where);
        check.Close("cox.nevent", r.GetProperty("nevent")[0], result.Events, where);
        check.AllClose("cox.conf.int", r.GetProperty("conf"), [.. result.Coefficients.Select(x => x.Lower), .. result.Coefficients.Select(x => x.Upper)], where);
        check.AllClose("cox.z", r.GetProperty("z"), result.Coefficients.Select(x => x.Z).ToArray(), where);
        check.AllClose("cox.p", r.GetProperty("p"), result.Coefficients.Select(x => x.PValue).ToArray(), where);
    }
}
