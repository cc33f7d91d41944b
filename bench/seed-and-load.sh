#!/usr/bin/env bash
# Issue 3 performance benchmark (not a test): on this machine, with the embedded SQLite default,
#   1. `offramp demo seed --participants 100000` must finish in under 2 minutes;
#   2. caseload, participant page and search must answer with p95 under 50 ms at 100k participants.
# Builds Release, seeds a fresh database in a temporary folder, starts the web app on it (Production) and measures
# each endpoint with wrk through the JSON API with read-only demo tokens.
#
# usage: bench/seed-and-load.sh
# wrk runs a closed loop: each connection sends its next request as soon as the last one answered, so 4 connections
# keep both cores busy all the time (far more than a program's staff generate); CONNECTIONS changes it.
# environment: PARTICIPANTS (100000), DURATION (20s), CONNECTIONS (4), KEEP=1 keeps the temporary folder,
#              REUSE=<kept folder> measures an already seeded folder again without seeding,
#              NICE=-10 runs the seed, the web app and wrk at that priority (root only) so other work on a shared
#              machine disturbs the measurement less.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
participants=${PARTICIPANTS:-100000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-4}
threads=$((connections < 2 ? connections : 2)) # wrk needs at least one connection per thread
prio=(nice -n "${NICE:-0}")

if ! command -v wrk >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk
fi

echo "== build (Release)"
dotnet build src/Offramp.Cli -c Release -v quiet -nologo
dotnet build src/Offramp.Web -c Release -v quiet -nologo

if [ -n "${REUSE:-}" ]; then work=$REUSE; else work=$(mktemp -d /tmp/offramp-bench-XXXXXX); fi
web_pid=""
cleanup() {
  if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ] || [ -n "${REUSE:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The CLI and the web app read the same settings: one database file, one key ring.
export OFFRAMP_DB="$work/data/offramp.db"
export Offramp__KeyDirectory="$work/data/keys"
unset ConnectionStrings__Offramp
offramp=("${prio[@]}" dotnet "$repo/src/Offramp.Cli/bin/Release/net10.0/offramp.dll")
cd "$work"

seed_seconds=0
if [ -z "${REUSE:-}" ]; then
  echo "== seed: $participants participants ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  seed_start=$(date +%s.%N)
  "${offramp[@]}" demo seed --participants "$participants"
  seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)
  printf 'seed wall time: %.1f s (target < 120 s)\n' "$seed_seconds"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "== web app on $base"
ASPNETCORE_ENVIRONMENT=Production "${prio[@]}" dotnet "$repo/src/Offramp.Web/bin/Release/net10.0/Offramp.Web.dll" --urls "$base" >"$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/openapi/v1.json" 2>/dev/null && break
  kill -0 "$web_pid" 2>/dev/null || { cat "$work/web.log"; exit 1; }
  sleep 0.5
done

caseworker=$("${offramp[@]}" demo token caseworker@demo.offramp.org)
director=$("${offramp[@]}" demo token director@demo.offramp.org)

get() { # get TOKEN PATH OUTFILE
  curl -fsS -H "Authorization: Bearer $1" -H "Accept: application/json" "$base$2" -o "$3"
}
get "$caseworker" "/api/v1/participants?page=1&pageSize=50" "$work/caseworker-1.json"
for page in 1 2 3 4 5 6 7 8; do
  get "$director" "/api/v1/participants?page=$page&pageSize=50" "$work/director-$page.json"
done
echo "caseworker caseload: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totalCount"])' "$work/caseworker-1.json") open cases;" \
  "director: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totalCount"])' "$work/director-1.json")"

paths="$repo/bench/load/participant_paths.py"
echo "/api/v1/participants?page=1&pageSize=50" >"$work/caseload.txt"
python3 "$paths" page "$work/caseworker-1.json" >"$work/caseworker-pages.txt"
python3 "$paths" page "$work"/director-*.json >"$work/director-pages.txt"
python3 "$paths" search "$work/caseworker-1.json" >"$work/caseworker-search.txt"
python3 "$paths" search "$work"/director-*.json >"$work/director-search.txt"

declare -a summary
measure() { # measure NAME TOKEN PATHFILE
  echo "== $1: $(wc -l <"$3") distinct paths, $connections connections, $duration"
  local out
  out=$(OFFRAMP_TOKEN="$2" OFFRAMP_PATHS="$3" "${prio[@]}" wrk -t "$threads" -c "$connections" -d "$duration" --latency \
    -s "$repo/bench/load/bearer-rotate.lua" "$base")
  echo "$out"
  summary+=("$(printf '%-28s %s' "$1" "$(grep '^RESULT' <<<"$out" | cut -d' ' -f2-)")")
}

measure "caseload (caseworker)" "$caseworker" "$work/caseload.txt"
measure "caseload (director)" "$director" "$work/caseload.txt"
measure "participant (caseworker)" "$caseworker" "$work/caseworker-pages.txt"
measure "participant (director)" "$director" "$work/director-pages.txt"
measure "search (caseworker)" "$caseworker" "$work/caseworker-search.txt"
measure "search (director)" "$director" "$work/director-search.txt"

echo
echo "== summary: $participants participants, SQLite, $connections connections, $duration per endpoint, nice ${NICE:-0}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'seed: %.1f s (target < 120 s)\n' "$seed_seconds"
printf '%s\n' "${summary[@]}"
echo "target: p95 < 50 ms"
echo "audit chain: $("${offramp[@]}" audit verify 2>&1 | tail -1)"
