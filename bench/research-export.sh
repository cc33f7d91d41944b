#!/usr/bin/env bash
# Streams the research export of 1,000,000 synthetic participants (CSV and Parquet, shifted dates) and reports the
# peak resident memory from /usr/bin/time -v: it must stay under 512 MiB.
# Measured 2026-11-25 on the 2-core machine, 1M participants, CSV + Parquet, shifted dates: 442 and 443 MiB peak,
# 9.3-9.5 s (Parquet row groups of 25,000 rows; with 100,000 it was 504-540 MiB; CSV alone 390 MiB).
# Usage: bench/research-export.sh [PARTICIPANTS] [FORMAT]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
format="${2:-both}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/Offramp.Cli -c Release -o "$work/cli" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
export OFFRAMP_DB="$work/bench.db"
bench/evaluation/seed.sh "$work/cli/offramp.dll" "$OFFRAMP_DB" "$n"
/usr/bin/time -v -o "$work/time" dotnet "$work/cli/offramp.dll" export research --program "Bench Program" --recipient "University of Example, evaluation team" \
  --out "$work/export" --format "$format" --dates shift >"$work/out.txt"
grep -o 'Research export.*' "$work/out.txt" | head -1
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time"
kib=$(grep "Maximum resident set size" "$work/time" | awk '{print $NF}')
echo "peak memory: $((kib / 1024)) MiB (limit 512 MiB)"
ls -la "$work/export" | awk 'NR > 1 {print "  " $5 "\t" $9}'
