using System.Globalization;
using System.Text.Json;

using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Survival;

/// <summary>Runs R survival's survfit, summary, quantile and survdiff on a CSV and returns every figure as JSON.</summary>
public static class SurvivalReference
{
    private const string Script = """
        suppressMessages(library(survival))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        horizons <- as.numeric(strsplit(args[2], ",")[[1]])
        probs <- c(0.25, 0.5, 0.75)
        num <- function(x) {
          x <- as.numeric(x)
          s <- ifelse(is.na(x), "null", ifelse(is.infinite(x), ifelse(x > 0, '"Inf"', '"-Inf"'), sprintf("%.17g", x)))
          paste0("[", paste(s, collapse = ","), "]")
        }
        obj <- function(l) paste0("{", paste(sprintf('"%s":%s', names(l), unlist(l)), collapse = ","), "}")
        arr <- function(v) paste0("[", paste(v, collapse = ","), "]")
        horizon <- function(f) {
          h <- tryCatch(summary(f, times = horizons), error = function(e) NULL)
          if (is.null(h)) return(obj(list(time = "[]")))
          obj(list(time = num(h$time), n_risk = num(h$n.risk), n_event = num(h$n.event), n_censor = num(h$n.censor),
                   surv = num(h$surv), std_err = num(h$std.err), lower = num(h$lower), upper = num(h$upper)))
        }
        curve <- function(f) {
          tab <- summary(f)$table
          q <- quantile(f, probs)
          obj(list(time = num(f$time), n_risk = num(f$n.risk), n_event = num(f$n.event), n_censor = num(f$n.censor),
                   surv = num(f$surv), std_err = num(f$std.err), lower = num(f$lower), upper = num(f$upper),
                   median = num(tab[c("median", paste0(f$conf.int, c("LCL", "UCL")))]),
                   q = num(q$quantile), q_lower = num(q$lower), q_upper = num(q$upper),
                   horizons = horizon(f)))
        }
        out <- list()
        for (ct in c("log", "plain", "log-log")) {
          overall <- survfit(Surv(time, event) ~ 1, data = d, conf.type = ct)
          byg <- survfit(Surv(time, event) ~ group, data = d, conf.type = ct)
          groups <- sapply(seq_along(byg$strata), function(i) curve(byg[i]))
          out[[gsub("-", "", ct)]] <- obj(list(overall = curve(overall), groups = arr(groups)))
        }
        lr <- function(s) obj(list(chisq = num(s$chisq), pvalue = num(s$pvalue), obs = num(s$obs), exp = num(s$exp),
                                   var = num(s$var), n = num(s$n)))
        out[["logrank"]] <- lr(survdiff(Surv(time, event) ~ group, data = d))
        out[["stratified"]] <- lr(survdiff(Surv(time, event) ~ group + strata(stratum), data = d))
        cat(obj(out))
        """;

    public static readonly double[] Probabilities = [0.25, 0.5, 0.75];

    public static JsonElement Run(string csvPath, IEnumerable<double> horizons) =>
        ExternalTool.RunRJson(Script, csvPath, string.Join(",", horizons.Select(h => h.ToString("R", CultureInfo.InvariantCulture))));
}
