#!/usr/bin/env bash
# Times `analyze agreement --json` on 1,000,000 long-format rating rows, seeded, in two designs:
# 250,000 people x 4 raters (Fleiss' kappa, six ICCs) and 500,000 people x 2 raters (Cohen's kappa in
# three weightings, six ICCs). End to end: process start, CSV read, statistics, JSON out.
# Usage: bench/analyze-agreement.sh [RUNS]; CLI=DIR reuses a published CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The offramp CLI as users get it, published as bench/analyze-paired.sh publishes it (Release, ReadyToRun);
# CLI=DIR reuses a CLI published the same way.
cli="${CLI:-$work/cli}"
if [ -z "${CLI:-}" ]; then
  dotnet publish src/Offramp.Cli -c Release -r linux-x64 --self-contained false -o "$cli" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
run=(dotnet "$cli/offramp.dll")
echo "host: offramp (src/Offramp.Cli, Release)"

for design in "250000 4" "500000 2"; do
  read -r people raters <<<"$design"
  csv="$work/ratings-$raters.csv"
  /usr/bin/python3 bench/generate_ratings.py "$csv" "$people" "$raters" 20240601
  echo "data: $(($(wc -l <"$csv") - 1)) rating rows ($people people x $raters raters), $(du -h "$csv" | cut -f1)"

  args=(analyze agreement --csv "$csv" --subject participant --rater rater --rating rating --unknown "could not rate" --json)
  "${run[@]}" "${args[@]}" >"$work/result.json"
  /usr/bin/python3 - "$work/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
kappa = r["fleissKappa"]["kappa"] if r["fleissKappa"] else r["cohenKappa"][2]["kappa"]
name = "Fleiss kappa" if r["fleissKappa"] else "quadratic Cohen kappa"
print("check: %d people analysed, %s %.6f, ICC2 %.6f" % (r["completeness"]["completeSubjects"], name, kappa, r["icc"]["estimates"][1]["icc"]))
PY

  times=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "${run[@]}" "${args[@]}" >/dev/null
    read -r seconds kib <"$work/time"
    times+=("$seconds")
    echo "  run $i: ${seconds} s wall, peak memory $((kib / 1024)) MiB"
  done
  best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  echo "analyze agreement --json, 1,000,000 rows, $people x $raters: best of $runs runs ${best} s"
done
