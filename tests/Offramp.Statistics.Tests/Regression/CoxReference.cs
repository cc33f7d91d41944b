using System.Text.Json;

using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>Runs R survival's coxph on a CSV and returns coefficients, variances, tests and concordance as JSON.</summary>
public static class CoxReference
{
    /// <summary>Shared R helpers that print numbers at full precision as JSON (NA as null).</summary>
    public const string JsonHelpers = """
        num <- function(x) {
          x <- as.numeric(x)
          s <- ifelse(is.na(x), "null", ifelse(is.infinite(x), ifelse(x > 0, '"Inf"', '"-Inf"'), sprintf("%.17g", x)))
          paste0("[", paste(s, collapse = ","), "]")
        }
        str <- function(x) if (length(x) == 0) "[]" else paste0("[", paste0('"', x, '"', collapse = ","), "]")
        obj <- function(l) paste0("{", paste(sprintf('"%s":%s', names(l), unlist(l)), collapse = ","), "}")
        arr <- function(v) paste0("[", paste(v, collapse = ","), "]")
        """;

    private const string Script = JsonHelpers + "\n" + """
        suppressMessages(library(survival))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        covariates <- strsplit(args[2], ",")[[1]]
        ties <- args[3]; strata <- args[4]; cluster <- args[5]; weights <- args[6]; robust <- args[7]
        for (spec in strsplit(args[8], ",")[[1]]) {
          kv <- strsplit(spec, "=")[[1]]
          d[[kv[1]]] <- relevel(factor(d[[kv[1]]]), ref = kv[2])
        }
        rhs <- paste(covariates, collapse = " + ")
        if (strata != "") rhs <- paste0(rhs, " + strata(", strata, ")")
        f <- as.formula(paste("Surv(time, event) ~", rhs))
        call <- list(f, data = d, ties = ties)
        if (weights != "") call$weights <- d[[weights]]
        if (cluster != "") call$cluster <- d[[cluster]]
        if (robust != "") call$robust <- as.logical(robust)
        warnings <- character(0)
        fit <- withCallingHandlers(do.call(coxph, call),
          warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
        s <- summary(fit)
        rs <- if (is.null(fit$rscore)) "null" else num(fit$rscore)
        nv <- if (is.null(fit$naive.var)) num(fit$var) else num(fit$naive.var)
        cat(obj(list(names = str(names(coef(fit))), coef = num(coef(fit)), var = num(fit$var), naive_var = nv,
                     loglik = num(fit$loglik), score = num(fit$score), rscore = rs, wald = num(fit$wald.test),
                     lr = num(s$logtest), concordance = num(fit$concordance[1:7]), iter = num(fit$iter),
                     n = num(fit$n), nevent = num(fit$nevent), conf = num(s$conf.int[, 3:4]),
                     p = num(s$coefficients[, ncol(s$coefficients)]), z = num(s$coefficients[, ncol(s$coefficients) - 1]),
                     warnings = str(gsub('"', "'", warnings)))))
        """;

    public static JsonElement Run(string csv, string covariates, string ties = "efron", string strata = "", string cluster = "", string weights = "", string robust = "", string reference = "") =>
        ExternalTool.RunRJson(Script, csv, covariates, ties, strata, cluster, weights, robust, reference);
}
