#!/usr/bin/env bash
# Shared by bench/analyze-cox.sh, analyze-competing.sh and analyze-survival.sh: publishes the offramp CLI as users
# get it (Release, ReadyToRun, so start-up runs precompiled code instead of the JIT), generates the seeded cohort,
# checks that Offramp and R agree on it, then times both as whole processes (start-up, CSV read, fit, output)
# with /usr/bin/time, alternating runs so drift in the machine's speed hits both alike.
# Usage: source from a script that defines name, offramp_args (array) and r_script (R code reading args[1]);
# generator and seed choose another data generator (default bench/generate_cohort.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-3}"
rows="${ROWS:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# CLI=DIR reuses a CLI published the same way (the ReadyToRun publish takes minutes on a busy machine).
cli="${CLI:-$work/cli}"
if [ -z "${CLI:-}" ]; then
  dotnet publish src/Offramp.Cli -c Release -r linux-x64 --self-contained false -o "$cli" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
csv="$work/cohort.csv"
/usr/bin/python3 "${generator:-bench/generate_cohort.py}" "$csv" "$rows" "${seed:-20261205}"
echo "data: $(($(wc -l <"$csv") - 1)) rows, $(du -h "$csv" | cut -f1)"
printf '%s\n' "$r_script" >"$work/bench.R"

offramp=(dotnet "$cli/offramp.dll" analyze "${offramp_args[@]/@CSV@/$csv}")
"${offramp[@]}" --json >"$work/offramp.json"
Rscript "$work/bench.R" "$csv" >"$work/r.out"
/usr/bin/python3 - "$work/offramp.json" "$work/r.out" "$name" <<'PY'
import json, sys
offramp = json.load(open(sys.argv[1]))
r = [float(x) for x in open(sys.argv[2]).read().split()]
if sys.argv[3] == "cox":
    ours = [c["estimate"] for c in offramp["model"]["coefficients"]]
elif sys.argv[3] == "survival":
    ours = [offramp["logRank"]["chiSquare"]]
else:
    ours = [t["statistic"] for t in offramp["result"]["tests"]]
worst = max(abs(a - b) / abs(b) for a, b in zip(ours, r))
print(f"check: {len(ours)} figures, largest relative difference from R {worst:.2e}")
PY

best() { printf '%s\n' "$@" | sort -n | head -1; }
o=(); rr=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %M" -o "$work/t" "${offramp[@]}" --json >/dev/null
  read -r wall user kib <"$work/t"; o+=("$wall")
  echo "  offramp run $i: ${wall} s wall, ${user} s user, peak $((kib / 1024)) MiB"
  /usr/bin/time -f "%e %U %M" -o "$work/t" Rscript "$work/bench.R" "$csv" >/dev/null
  read -r wall user kib <"$work/t"; rr+=("$wall")
  echo "  R       run $i: ${wall} s wall, ${user} s user, peak $((kib / 1024)) MiB"
done
ob=$(best "${o[@]}"); rb=$(best "${rr[@]}")
echo "best of $runs on $rows rows: offramp ${ob} s, R ${rb} s (whole processes): R/offramp = $(echo "scale=2; $rb / $ob" | bc)"
