#!/usr/bin/env bash
# `analyze survival --group group` (Kaplan-Meier per group with log-rank test) on 1,000,000 seeded rows against
# R survival's survfit + survdiff on the same file, both as whole processes (read.csv + survfit + survdiff).
# Target: at least 10x faster than R. Usage: bench/analyze-survival.sh [RUNS]   (ROWS=... to change the size)
#
# Measured 2026-12-06 on the shared 2-core machine under load from other builds (branch s29-speed), whole processes,
# `dotnet offramp.dll analyze survival --csv FILE --time time --event event --group group --json` and `Rscript` with the
# R code below, run in turn (Offramp, R, Offramp, R, ...), 7 counted runs each after a warm-up; ratio Offramp/R per pair:
#   before (main): Offramp 0.90 s wall, 0.68 s CPU; R 9.05 s wall, 7.5 s CPU; wall ratio median 0.101 (9.9x faster),
#                  range 0.080-0.122 (8.2x-12.5x), load average 12-15
#   after:         Offramp 0.94 s wall, 0.60 s CPU; R 11.7 s wall, 7.7 s CPU; wall ratio median 0.078 (12.8x faster),
#                  range 0.070-0.091 (11.0x-14.3x), CPU ratio median 0.076 (13.2x), load average 7-29
#   this script (CLI=DIR, 3 runs, load average 12-14): best offramp 0.84 s, R 12.13 s: R/offramp = 14.4
# (Wall times follow the other builds' load, which differed between the two calls: compare the paired ratios.)
# Where the CPU went before (phase marks in one run, ~0.6 s): start-up 65 ms, CSV 240-280 ms, sort 65 ms, curves 50 ms,
# log-rank 22 ms, JSON 100-160 ms (almost all of it fixed: the serializer's metadata for the report types, built and
# JIT-compiled on every run, 100 ms even for 10 rows). Changed: the JSON written field by field (SurvivalJsonWriter),
# the CSV columns sized once from a line count and labels matched by their bytes, event/group/stratum carried through
# the time sort, whole-number times sorted by counting. Before against after alone, alternated: CPU ratio 0.80 after
# the JSON and CSV changes; the sort changes did not move survival further (1.03, within the noise).
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
