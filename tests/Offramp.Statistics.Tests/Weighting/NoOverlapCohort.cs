using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

namespace Offramp.Statistics.Tests.Weighting;

/// <summary>
/// A cohort where age all but decides who is in the program (log-odds rising by 1.2 a year around 37.5), yet the
/// groups still mix in the middle: R's glm converges without a warning, but the youngest and oldest get propensity
/// scores far below 1e-8, so they have no counterpart in the other group. Only the overlap check can refuse it.
/// </summary>
internal static class NoOverlapCohort
{
    private const string GlmScript = """
        d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
        warnings <- character(0)
        m <- withCallingHandlers(glm(treated ~ age, family = binomial, data = d),
          warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
        e <- fitted(m)
        cat(sprintf('{"converged":%s,"warnings":%d,"smallest":%.17g,"largest":%.17g}', tolower(m$converged), length(warnings), min(e), max(e)))
        """;

    public static CohortData Create()
    {
        var data = CohortGenerator.Create(47, 300);
        var random = new Random(47);
        for (var i = 0; i < data.Count; i++)
        {
            var propensity = 1 / (1 + Math.Exp(-1.2 * (data.Age[i] - 37.5)));
            data.Treated[i] = random.NextDouble() < propensity ? 1 : 0;
        }

        return data;
    }

    /// <summary>Checks on R that the data is what the test needs: glm converges quietly, and some scores lie within 1e-8 of 0 or 1.</summary>
    public static void AssertRFitsItQuietlyWithExtremeScores(string csv)
    {
        var r = ExternalTool.RunRJson(GlmScript, csv);
        Assert.True(r.GetProperty("converged").GetBoolean(), "R's glm did not converge");
        Assert.Equal(0, r.GetProperty("warnings").GetInt32());
        var smallest = r.GetProperty("smallest").GetDouble();
        var largest = r.GetProperty("largest").GetDouble();
        Assert.True(smallest < 1e-8 || largest > 1 - 1e-8, $"R's propensity scores run from {smallest} to {largest}: no participant is outside the overlap");
    }

}
