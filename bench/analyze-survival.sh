#!/usr/bin/env bash
# `analyze survival --group group` (Kaplan-Meier per group with log-rank test) on 1,000,000 seeded rows against
# R survival's survfit + survdiff on the same file, both as whole processes (read.csv + survfit + survdiff).
# Target: at least 10x faster than R. Usage: bench/analyze-survival.sh [RUNS]   (ROWS=... to change the size)
name=survival
generator=bench/generate_survival.py   # time, event, group: the file the earlier figures were measured on
seed=20240601
offramp_args=(survival --csv @CSV@ --time time --event event --group group)
r_script='suppressMessages(library(survival))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- survfit(Surv(time, event) ~ group, data = d)
test <- survdiff(Surv(time, event) ~ group, data = d)
cat(sprintf("%.17g\n", test$chisq))'
source "$(dirname "$0")/analyze-paired.sh"
