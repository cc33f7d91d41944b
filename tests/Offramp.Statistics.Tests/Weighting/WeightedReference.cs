using System.Text.Json;

using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

namespace Offramp.Statistics.Tests.Weighting;

/// <summary>
/// Runs R's glm (propensity), the stabilised weights with quantile truncation, standardised differences,
/// survfit with weights and coxph(..., weights, robust = TRUE) on a CSV with a 0/1 'treated' column.
/// </summary>
public static class WeightedReference
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        suppressMessages(library(survival))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        covariates <- strsplit(args[2], ",")[[1]]; estimand <- args[3]; q <- as.numeric(args[4])
        m <- glm(as.formula(paste("treated ~", paste(covariates, collapse = " + "))), family = binomial, data = d)
        sm <- summary(m)$coefficients
        e <- fitted(m); p <- mean(d$treated)
        w <- if (estimand == "ATE") ifelse(d$treated == 1, p / e, (1 - p) / (1 - e)) else ifelse(d$treated == 1, 1, e / (1 - e) * (1 - p) / p)
        if (q > 0) { lo <- quantile(w, q); hi <- quantile(w, 1 - q); w <- pmin(pmax(w, lo), hi) }
        X <- model.matrix(m)[, -1, drop = FALSE]
        t1 <- d$treated == 1
        pooled <- apply(X, 2, function(x) sqrt((var(x[t1]) + var(x[!t1])) / 2))
        smd <- (colMeans(X[t1, , drop = FALSE]) - colMeans(X[!t1, , drop = FALSE])) / pooled
        wsmd <- (apply(X, 2, function(x) weighted.mean(x[t1], w[t1])) - apply(X, 2, function(x) weighted.mean(x[!t1], w[!t1]))) / pooled
        km <- survfit(Surv(time, event) ~ treated, data = d, weights = w)
        curve <- function(f) obj(list(time = num(f$time), n_risk = num(f$n.risk), n_event = num(f$n.event), n_censor = num(f$n.censor),
                                      surv = num(f$surv), std_err = num(f$std.err), lower = num(f$lower), upper = num(f$upper)))
        fit <- coxph(Surv(time, event) ~ treated, data = d, weights = w, robust = TRUE)
        s <- summary(fit)
        cox <- obj(list(names = str(names(coef(fit))), coef = num(coef(fit)), var = num(fit$var), naive_var = num(fit$naive.var),
                     loglik = num(fit$loglik), score = num(fit$score), rscore = num(fit$rscore), wald = num(fit$wald.test),
                     lr = num(s$logtest), concordance = num(fit$concordance[1:7]), iter = num(fit$iter),
                     n = num(fit$n), nevent = num(fit$nevent), conf = num(s$conf.int[, 3:4]),
                     p = num(s$coefficients[, ncol(s$coefficients)]), z = num(s$coefficients[, ncol(s$coefficients) - 1]),
                     warnings = "[]"))
        cat(obj(list(names = str(rownames(sm)), coef = num(sm[, 1]), se = num(sm[, 2]), z = num(sm[, 3]), p = num(sm[, 4]),
                     deviance = num(m$deviance), null_deviance = num(m$null.deviance), aic = num(m$aic), iter = num(m$iter),
                     fitted = num(e), weights = num(w), smd = num(smd), wsmd = num(wsmd),
                     control = curve(km[1]), treated = curve(km[2]), cox = cox)))
        """;

    public static JsonElement Run(string csv, string covariates, string estimand, double truncation) =>
        ExternalTool.RunRJson(Script, csv, covariates, estimand, truncation.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
}
