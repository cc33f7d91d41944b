using System.Text.Json;

using Offramp.Statistics.Regression;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>
/// LogisticRegression fits each distinct (design row, outcome) once, times its count. On data where thousands of rows
/// share a few dozen patterns it must still equal R's glm on every row as given (estimates, standard errors, deviances,
/// iterations and one fitted probability per row), and R's glm on the aggregated rows with weights = counts (started
/// where the rows as given start).
/// </summary>
public sealed class LogisticReferenceTests(ITestOutputHelper output)
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        f <- treated ~ gender + prior + group
        m <- glm(f, family = binomial, data = d)
        sm <- summary(m)$coefficients
        d$n <- 1
        a <- aggregate(n ~ treated + gender + prior + group, data = d, FUN = sum)
        # glm starts weighted data at (n y + 0.5) / (n + 1); the start of the rows as given, (y + 0.5) / 2, keeps the
        # iterations the same, so both fits stop at the same point rather than within 1e-8 of each other in deviance.
        ma <- glm(f, family = binomial, data = a, weights = n, mustart = (a$treated + 0.5) / 2)
        sa <- summary(ma)$coefficients
        cat(obj(list(names = str(rownames(sm)), coef = num(sm[, 1]), se = num(sm[, 2]), z = num(sm[, 3]), p = num(sm[, 4]),
                     deviance = num(m$deviance), null_deviance = num(m$null.deviance), aic = num(m$aic), iter = num(m$iter),
                     fitted = num(fitted(m)), patterns = num(nrow(a)),
                     aggregated_coef = num(sa[, 1]), aggregated_se = num(sa[, 2]),
                     aggregated_deviance = num(ma$deviance), aggregated_null_deviance = num(ma$null.deviance), aggregated_iter = num(ma$iter))))
        """;

    [Theory]
    [InlineData(21, 6000)]
    [InlineData(22, 900)]
    public void Rows_with_the_same_covariates_and_outcome_fitted_once_match_R_on_every_row(int seed, int n)
    {
        var data = CohortGenerator.Create(seed, n);
        using var folder = new TempFolder();
        var csv = folder.File("cohort.csv");
        data.WriteCsv(csv);
        var r = ExternalTool.RunRJson(Script, csv);

        var result = LogisticRegression.Fit(
            [.. data.Treated.Select(t => t == 1)],
            [CohortInputs.Covariate(data, "gender"), CohortInputs.Covariate(data, "prior"), CohortInputs.Covariate(data, "group")],
            "group membership");

        // 2 genders x 6 prior counts x 3 groups x 2 outcomes: at most 72 distinct rows, so almost every row is a duplicate.
        var patterns = ReferenceAssert.ToDouble(r.GetProperty("patterns")[0]);
        Assert.InRange(patterns, 2, 72);
        Assert.True(n / patterns > 10, $"{n} rows in {patterns} patterns");

        var where = $"{data.Name} ({patterns} patterns)";
        var check = new ReferenceAssert(output);
        Assert.Equal(r.GetProperty("names").EnumerateArray().Select(e => e.GetString()!), result.Coefficients.Select(c => c.Name));
        Assert.Equal(n, result.N);
        Assert.Equal(n, result.FittedProbabilities.Length);
        var estimates = result.Coefficients.Select(c => c.Estimate).ToArray();
        var errors = result.Coefficients.Select(c => c.StandardError).ToArray();
        check.AllClose("glm.coef", r.GetProperty("coef"), estimates, where);
        check.AllClose("glm.se", r.GetProperty("se"), errors, where);
        check.AllClose("glm.z", r.GetProperty("z"), result.Coefficients.Select(c => c.Z).ToArray(), where);
        check.AllClose("glm.p", r.GetProperty("p"), result.Coefficients.Select(c => c.PValue).ToArray(), where);
        check.Close("glm.deviance", r.GetProperty("deviance")[0], result.Deviance, where);
        check.Close("glm.null.deviance", r.GetProperty("null_deviance")[0], result.NullDeviance, where);
        check.Close("glm.aic", r.GetProperty("aic")[0], result.Aic, where);
        check.Close("glm.iter", r.GetProperty("iter")[0], result.Iterations, where);
        check.AllClose("glm.fitted", r.GetProperty("fitted"), result.FittedProbabilities, where);
        check.AllClose("glm (aggregated, weights = counts).coef", r.GetProperty("aggregated_coef"), estimates, where);
        check.AllClose("glm (aggregated, weights = counts).se", r.GetProperty("aggregated_se"), errors, where);
        check.Close("glm (aggregated, weights = counts).deviance", r.GetProperty("aggregated_deviance")[0], result.Deviance, where);
        check.Close("glm (aggregated, weights = counts).null.deviance", r.GetProperty("aggregated_null_deviance")[0], result.NullDeviance, where);
        check.Close("glm (aggregated, weights = counts).iter", r.GetProperty("aggregated_iter")[0], result.Iterations, where);
        check.Report();
    }

    [Fact]
    public void Duplicated_rows_give_the_same_fit_as_the_rows_once_each_with_the_same_fitted_probability()
    {
        // Each row repeated k times is the likelihood of the rows once, times k: the same estimates and fitted
        // probabilities, deviances k times as large and standard errors divided by sqrt(k).
        var data = CohortGenerator.Create(23, 300);
        var treated = data.Treated.Select(t => t == 1).ToArray();
        Covariate[] covariates = [CohortInputs.Covariate(data, "age"), CohortInputs.Covariate(data, "gender")];
        var once = LogisticRegression.Fit(treated, covariates);

        const int k = 4;
        var rows = Enumerable.Range(0, k * data.Count).Select(i => i % data.Count).ToArray();
        var gender = covariates[1];
        var repeated = LogisticRegression.Fit(
            [.. rows.Select(i => treated[i])],
            [Covariate.Numeric("age", [.. rows.Select(i => data.Age[i])]), Covariate.Categorical("gender", [.. rows.Select(i => gender.Codes![i])], gender.Levels)]);

        for (var j = 0; j < once.Coefficients.Length; j++)
        {
            Assert.Equal(once.Coefficients[j].Estimate, repeated.Coefficients[j].Estimate, 1e-9);
            Assert.Equal(once.Coefficients[j].StandardError / Math.Sqrt(k), repeated.Coefficients[j].StandardError, 1e-9);
        }

        Assert.Equal(k * once.Deviance, repeated.Deviance, 1e-7);
        Assert.Equal(k * once.NullDeviance, repeated.NullDeviance, 1e-7);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(once.FittedProbabilities[rows[i]], repeated.FittedProbabilities[i], 1e-12);
        }
    }
}
