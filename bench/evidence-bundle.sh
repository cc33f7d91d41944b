#!/usr/bin/env bash
# Building an evidence bundle for a large program (issue #12: ≤ 5 s at 100,000 participants): seeds the demo with
# PARTICIPANTS (default 500,000 over its 5 programs, so the prison program holds about 100,000), then times
# `offramp evidence build` for that program, cumulative period and one year, RUNS times each (whole process, as an
# operator runs it). REUSE=<kept folder> measures an already seeded folder again; KEEP=1 keeps the folder.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
participants=${PARTICIPANTS:-500000}
runs=${RUNS:-3}
prio=(nice -n "${NICE:-0}")
cd "$repo"
dotnet build src/Offramp.Cli -c Release -v quiet -nologo
if [ -n "${REUSE:-}" ]; then work=$REUSE; else work=$(mktemp -d /tmp/offramp-evidence-XXXXXX); fi
cleanup() { if [ "${KEEP:-0}" = 1 ] || [ -n "${REUSE:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
export OFFRAMP_DB="$work/data/offramp.db"
export Offramp__KeyDirectory="$work/data/keys"
unset ConnectionStrings__Offramp
offramp=("${prio[@]}" dotnet "$repo/src/Offramp.Cli/bin/Release/net10.0/offramp.dll")
cd "$work"
if [ -z "${REUSE:-}" ]; then
  echo "== seed: $participants participants"
  "${offramp[@]}" demo seed --participants "$participants" >/dev/null
fi
program="Back on Track mentoring (prison)"
size=$(sqlite3 "$OFFRAMP_DB" "SELECT COUNT(*) FROM Participants p JOIN Programs g ON g.Id = p.ProgramId WHERE g.Name = '$program'")
echo "== $program: $size participants"
year=$(( $(date +%Y) - 1 ))
for period in all "$year"; do
  for run in $(seq "$runs"); do
    # Each proposal must be discarded before the next of the same period: drop it straight from the table.
    sqlite3 "$OFFRAMP_DB" "DELETE FROM EvidenceRelease WHERE Status = 'Proposed'"
    start=$(date +%s%N)
    "${offramp[@]}" evidence build --program "$program" --period "$period" --out "$work/bundle-$period.json" >/dev/null
    end=$(date +%s%N)
    echo "period $period run $run: $(( (end - start) / 1000000 )) ms (whole process, startup included)"
  done
done
python3 - "$work/bundle-all.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
d = b["disclosure"]
print(f"cumulative bundle: {len(b['metrics'])} metrics, participants {b['participants']}, "
      f"{d['primarySuppressions']} primary and {d['secondarySuppressions']} secondary suppressions")
PY
