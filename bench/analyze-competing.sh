#!/usr/bin/env bash
# `analyze competing` (three causes, three groups: cumulative incidence per group and cause, Gray's test per cause)
# on 1,000,000 seeded rows against R cmprsk's cuminc on the same file, both as whole processes (read.csv + cuminc).
# Target: at least 5x faster than R. Usage: bench/analyze-competing.sh [RUNS]   (ROWS=... to change the size)
name=competing
offramp_args=(competing --csv @CSV@ --time time --status status --group group)
r_script='suppressMessages(library(cmprsk))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- cuminc(d$time, d$status, d$group)
cat(sprintf("%.17g\n", fit$Tests[, "stat"]))'
source "$(dirname "$0")/analyze-paired.sh"
