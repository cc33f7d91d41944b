using System.Globalization;
using System.Text.Json;

using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

namespace Offramp.Statistics.Tests.Meta;

/// <summary>
/// Runs metafor's <c>rma(yi, vi, method, level)</c> and <c>predict()</c> (plain, and back-transformed with
/// <c>transf.ilogit</c> and <c>exp</c>) on every dataset of a CSV, for each method; one JSON object per fit, in order.
/// </summary>
public static class MetaReference
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        suppressMessages(library(metafor))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        methods <- strsplit(args[2], ",")[[1]]
        level <- as.numeric(args[3])
        control <- if (args[4] == "") list() else list(threshold = as.numeric(args[4]))
        back <- function(p) num(c(p$pred, p$ci.lb, p$ci.ub, p$pi.lb, p$pi.ub))
        out <- character(0)
        for (name in unique(d$dataset)) {
          s <- d[d$dataset == name, ]
          for (method in methods) {
            warnings <- character(0)
            fit <- withCallingHandlers(rma(s$yi, s$vi, method = method, level = level, control = control),
              warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
            p <- predict(fit)
            # A common-effect model has no prediction interval in predict(): tau^2 = 0 makes it the confidence interval.
            pi <- if (is.null(p$pi.lb)) c(p$ci.lb, p$ci.ub) else c(p$pi.lb, p$pi.ub)
            il <- predict(fit, transf = transf.ilogit)
            ex <- predict(fit, transf = exp)
            if (is.null(il$pi.lb)) { il$pi.lb <- il$ci.lb; il$pi.ub <- il$ci.ub; ex$pi.lb <- ex$ci.lb; ex$pi.ub <- ex$ci.ub }
            out <- c(out, obj(list(dataset = str(name), method = str(method), k = num(fit$k), b = num(fit$b), se = num(fit$se),
              ci = num(c(fit$ci.lb, fit$ci.ub)), z = num(fit$zval), p = num(fit$pval), tau2 = num(fit$tau2),
              se_tau2 = num(fit$se.tau2), i2 = num(fit$I2), h2 = num(fit$H2), vt = num(fit$vt), q = num(fit$QE), qp = num(fit$QEp),
              pred = num(p$pred), pi = num(pi), weights = num(weights(fit)), ilogit = back(il), exp = back(ex),
              warnings = str(gsub('"', "'", gsub("\n", " ", warnings))))))
          }
        }
        cat(arr(out))
        """;

    /// <param name="csv">Datasets written by <see cref="MetaDataGenerator.WriteCsv"/>.</param>
    /// <param name="methods">metafor method names, e.g. "REML", "DL", "EE".</param>
    /// <param name="level">Confidence level.</param>
    /// <param name="threshold">REML's convergence threshold; null for metafor's default (1e-5).</param>
    public static JsonElement[] Run(string csv, IEnumerable<string> methods, double level, double? threshold) =>
        [.. ExternalTool.RunRJson(
            Script,
            csv,
            string.Join(",", methods),
            level.ToString("R", CultureInfo.InvariantCulture),
            threshold?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty).EnumerateArray()];
}
