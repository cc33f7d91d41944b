using System.Text.Json;

using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

namespace Offramp.Statistics.Tests.Change;

/// <summary>Runs R's lm(followup ~ baseline + group) with confint, and t.test(change ~ group) when there are two groups.</summary>
public static class ComparisonReference
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        g <- factor(d[[args[2]]])
        if (args[3] != "") g <- relevel(g, ref = args[3])
        d$g <- g
        m <- lm(followup ~ baseline + g, data = d)
        s <- summary(m)
        ci <- confint(m)
        welch <- "null"
        if (nlevels(g) == 2) {
          t <- t.test(I(followup - baseline) ~ g, data = d)
          welch <- obj(list(t = num(t$statistic), df = num(t$parameter), p = num(t$p.value), ci = num(t$conf.int), means = num(t$estimate), se = num(t$stderr)))
        }
        cat(obj(list(coef = num(s$coefficients[, 1]), se = num(s$coefficients[, 2]), t = num(s$coefficients[, 3]), p = num(s$coefficients[, 4]),
                     lower = num(ci[, 1]), upper = num(ci[, 2]), sigma = num(s$sigma), df = num(s$df[2]), r2 = num(s$r.squared), welch = welch)))
        """;

    public static JsonElement Run(string csv, string group, string reference = "") => ExternalTool.RunRJson(Script, csv, group, reference);
}
