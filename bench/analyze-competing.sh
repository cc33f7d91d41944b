#!/usr/bin/env bash
# `analyze competing` (three causes, three groups: cumulative incidence per group and cause, Gray's test per cause)
# on 1,000,000 seeded rows against R cmprsk's cuminc on the same file, both as whole processes (read.csv + cuminc).
# Target: at least 5x faster than R. Usage: bench/analyze-competing.sh [RUNS]   (ROWS=... to change the size)
#
# Measured 2026-12-06 on the shared 2-core machine under load from other builds (branch s29-speed), whole processes,
# `dotnet offramp.dll analyze competing --csv FILE --time time --status status --group group --json` and `Rscript` with
# the R code below, run in turn (Offramp, R, Offramp, R, ...), counted runs after a warm-up; ratio Offramp/R per pair:
#   before (main, 5 runs): Offramp 1.34 s wall, 0.88 s CPU; R 8.62 s wall, 5.8 s CPU; wall ratio median 0.149
#                  (6.7x faster), range 0.137-0.179 (5.6x-7.3x), load average 15-16
#   after (7 runs): Offramp 1.10 s wall, 0.71 s CPU; R 9.22 s wall, 6.0 s CPU; wall ratio median 0.114 (8.7x faster),
#                  range 0.093-0.134 (7.5x-10.7x), CPU ratio median 0.113 (8.8x), load average 13-17
#   this script (CLI=DIR, 3 runs, load average 12-13): best offramp 0.98 s, R 9.61 s: R/offramp = 9.8
# Where the CPU went before (phase marks in one run, ~0.67 s): start-up 65 ms, CSV 310 ms, analysis 190 ms, JSON 95 ms
# (fixed: serializer metadata). Changed: the JSON written field by field (CompetingJsonWriter); CSV columns sized once
# and cause codes kept as integers; status, group and stratum carried through the time sort (reading them afterwards
# through a million row numbers was a random access per row and value, and group sizes were counted that way too);
# whole-number times sorted by counting. Before against after alone, alternated: CPU ratio 0.85 after the JSON and CSV
# changes, and a further 0.88 against that after the sort changes.
name=competing
offramp_args=(competing --csv @CSV@ --time time --status status --group group)
r_script='suppressMessages(library(cmprsk))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- cuminc(d$time, d$status, d$group)
cat(sprintf("%.17g\n", fit$Tests[, "stat"]))'
source "$(dirname "$0")/analyze-paired.sh"
