#!/usr/bin/env bash
# Times `analyze survival --group group --json` on 1,000,000 seeded rows (time, event, group) against
# R's survfit + survdiff on the same file in the same run. Offramp is timed end to end (process start,
# CSV read, Kaplan-Meier per group, log-rank, JSON out); R's read and model fit are timed separately
# inside R (R's own start-up and library load are reported apart).
# Usage: bench/analyze-survival.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
rows=1000000
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Prefer the real CLI; until it hosts the analyze command, a small host runs the same command class.
if dotnet build src/Offramp.Cli -c Release -o "$work/cli" >"$work/build.log" 2>&1 \
  && dotnet "$work/cli/offramp.dll" analyze survival --help 2>&1 | grep -q -- "--conf-type"; then
  run=(dotnet "$work/cli/offramp.dll")
  echo "host: offramp (src/Offramp.Cli, Release)"
else
  dotnet build bench/AnalyzeBench/AnalyzeBench.csproj -c Release -o "$work/bench" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
  run=(dotnet "$work/bench/AnalyzeBench.dll")
  echo "host: bench/AnalyzeBench (Release; src/Offramp.Cli does not host the analyze command yet)"
fi

csv="$work/followup.csv"
/usr/bin/python3 bench/generate_survival.py "$csv" "$rows" 20240601
echo "data: $(($(wc -l <"$csv") - 1)) rows, $(du -h "$csv" | cut -f1)"

args=(analyze survival --csv "$csv" --time time --event event --group group --json)
"${run[@]}" "${args[@]}" >"$work/result.json"
/usr/bin/python3 - "$work/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
lr = r["logRank"]
print("check: offramp n=%d, log-rank chisq %.10g on %d df, median A %s" % (r["n"], lr["chiSquare"], lr["degreesOfFreedom"], r["groups"][0]["median"]["median"]))
PY

offramp=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "${run[@]}" "${args[@]}" >/dev/null
  read -r seconds kib <"$work/time"
  offramp+=("$seconds")
  echo "  offramp run $i: ${seconds} s wall (whole process), peak memory $((kib / 1024)) MiB"
done

cat >"$work/bench.R" <<'R'
started <- proc.time()[["elapsed"]]
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
loaded <- proc.time()[["elapsed"]]
reader <- if (requireNamespace("data.table", quietly = TRUE)) "data.table::fread" else "read.csv"
t0 <- proc.time()[["elapsed"]]
d <- if (reader == "read.csv") read.csv(args[1]) else data.table::fread(args[1], showProgress = FALSE)
t1 <- proc.time()[["elapsed"]]
fit <- survfit(Surv(time, event) ~ group, data = d)
test <- survdiff(Surv(time, event) ~ group, data = d)
t2 <- proc.time()[["elapsed"]]
cat(sprintf("%.3f %.3f %.3f %s %.10g\n", t1 - t0, t2 - t1, loaded - started, reader, test$chisq))
R

rread=(); rfit=(); rtotal=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$work/rtime" Rscript "$work/bench.R" "$csv" >"$work/r.out"
  read -r read_s fit_s load_s reader chisq <"$work/r.out"
  total=$(cat "$work/rtime")
  rread+=("$read_s"); rfit+=("$fit_s"); rtotal+=("$total")
  echo "  R run $i: read ${read_s} s ($reader), survfit+survdiff ${fit_s} s, library(survival) ${load_s} s, whole Rscript ${total} s (chisq $chisq)"
done

best() { printf '%s\n' "$@" | sort -n | head -1; }
o=$(best "${offramp[@]}"); rr=$(best "${rread[@]}"); rf=$(best "${rfit[@]}"); rt=$(best "${rtotal[@]}")
echo "best of $runs runs on $rows rows:"
echo "  offramp analyze survival --json (start, read, fit, JSON): ${o} s"
echo "  R read: ${rr} s   R survfit+survdiff: ${rf} s   R read+fit: $(echo "$rr + $rf" | bc) s   whole Rscript: ${rt} s"
if (( $(echo "$o < $rr + $rf" | bc) )); then echo "offramp is faster than R's read+fit"; else echo "OFFRAMP IS SLOWER than R's read+fit"; fi
