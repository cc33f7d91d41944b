#!/usr/bin/env bash
# `analyze cox` (Efron, 5 covariates: group (3 levels), age, gender, prior offences, risk score) on 1,000,000 seeded rows
# against R survival's coxph on the same file, both as whole processes (read.csv + coxph, which includes its concordance).
# Target: at least 3x faster than R. Usage: bench/analyze-cox.sh [RUNS]   (ROWS=... to change the size)
name=cox
offramp_args=(cox --csv @CSV@ --time time --event event --covariates group,age,gender,prior,score)
r_script='suppressMessages(library(survival))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- coxph(Surv(time, event) ~ group + age + gender + prior + score, data = d)
cat(sprintf("%.17g\n", coef(fit)))'
source "$(dirname "$0")/analyze-paired.sh"
