#!/usr/bin/env bash
# `analyze cox` (Efron, 5 covariates: group (3 levels), age, gender, prior offences, risk score) on 1,000,000 seeded rows
# against R survival's coxph on the same file, both as whole processes (read.csv + coxph, which includes its concordance).
# Target: at least 3x faster than R. Usage: bench/analyze-cox.sh [RUNS]   (ROWS=... to change the size)
#
# Measured 2026-12-06 (branch s29-speed, which changed the CSV reader and the time sort that Cox shares): the CLI before
# and after, `dotnet offramp.dll analyze cox --csv FILE --time time --event event --covariates group,age,gender,prior,score
# --json` on this script's 1,000,000 rows, whole processes run in turn, 7 each: after/before CPU ratio median 0.92
# (range 0.78-1.07), wall 0.94 (0.77-1.16), 3.7 s against 3.8 s CPU, load average 11-13; output byte-identical.
name=cox
offramp_args=(cox --csv @CSV@ --time time --event event --covariates group,age,gender,prior,score)
r_script='suppressMessages(library(survival))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- coxph(Surv(time, event) ~ group + age + gender + prior + score, data = d)
cat(sprintf("%.17g\n", coef(fit)))'
source "$(dirname "$0")/analyze-paired.sh"
