#!/usr/bin/env bash
# Issue #12 hub benchmark (not a test): the evidence hub's compare page with about 1,000 received bundles, signed in
# as the demo hub admin, under wrk on the embedded SQLite default. Seeds the demo (whose hub already holds its own and
# two synthetic organisations' bundles), then `offramp demo hub --programs PROGRAMS --years YEARS` adds synthetic
# programs, each publishing YEARS completed years and its cumulative bundle through the hub's receiving rules.
# Measures the compare page over a rotation of filters (latest cumulative, one year, a program kind, DerSimonian–Laird)
# and the forest plot image. Target: compare page p95 <= 50 ms, 0 errors.
#
# usage: bench/hub-compare.sh
# environment: PROGRAMS (200), YEARS (4): 200 x (4 + 1) = 1,000 synthetic bundles; DURATION (20s), WARMUP (5s),
#              CONNECTIONS (4), KEEP=1 keeps the folder, REUSE=<kept folder> measures it again, NICE=-10 (root).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
programs=${PROGRAMS:-200}
years=${YEARS:-4}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-4}
threads=$((connections < 2 ? connections : 2))
prio=(nice -n "${NICE:-0}")
password=offramp-demo-2026
email=hub@demo.offramp.org

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3; }

echo "== build (Release)"
dotnet build src/Offramp.Cli -c Release -v quiet -nologo
dotnet build src/Offramp.Web -c Release -v quiet -nologo

if [ -n "${REUSE:-}" ]; then work=$REUSE; else work=$(mktemp -d /tmp/offramp-hub-XXXXXX); fi
web_pid=""
cleanup() {
  if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ] || [ -n "${REUSE:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export OFFRAMP_DB="$work/data/offramp.db"
export Offramp__KeyDirectory="$work/data/keys"
unset ConnectionStrings__Offramp
offramp=("${prio[@]}" dotnet "$repo/src/Offramp.Cli/bin/Release/net10.0/offramp.dll")
cd "$work"
if [ -z "${REUSE:-}" ]; then
  echo "== seed: the demo, then $programs synthetic programs publishing $years years and their cumulative bundle"
  "${offramp[@]}" demo seed --participants 300 >/dev/null
  "${offramp[@]}" demo hub --programs "$programs" --years "$years"
fi
echo "== the hub holds $(sqlite3 "$OFFRAMP_DB" 'SELECT COUNT(*) FROM HubBundle') bundles ($(sqlite3 "$OFFRAMP_DB" 'SELECT COUNT(*) FROM HubMetric') metric rows) from $(sqlite3 "$OFFRAMP_DB" 'SELECT COUNT(DISTINCT ProgramId) FROM HubBundle') programs"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "== web app on $base"
ASPNETCORE_ENVIRONMENT=Production "${prio[@]}" dotnet "$repo/src/Offramp.Web/bin/Release/net10.0/Offramp.Web.dll" --urls "$base" >"$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/Account/Login" 2>/dev/null && break
  kill -0 "$web_pid" 2>/dev/null || { cat "$work/web.log"; exit 1; }
  sleep 0.5
done

cookie=""
for _ in 1 2 3; do
  cookie=$(python3 "$repo/bench/load/page_signin.py" "$base" "$email" "$password" "$("${offramp[@]}" demo totp "$email")" 2>/dev/null) && break
  sleep 31
done
[ -n "$cookie" ] || { echo "could not sign in $email" >&2; exit 1; }

year=$(( $(date +%Y) - 1 ))
printf '%s\n' "/Hub" "/Hub?Query.Period=$year" "/Hub?Query.Kind=prison" "/Hub?Query.Method=DL" "/Hub?Query.Region=Sahel" >"$work/compare.txt"
signature=$(sqlite3 "$OFFRAMP_DB" "SELECT Signature FROM HubMetric GROUP BY Signature ORDER BY COUNT(*) DESC LIMIT 1")
python3 -c 'import sys, urllib.parse; print("/Hub?handler=Forest&signature=" + urllib.parse.quote(sys.argv[1], safe=""))' "$signature" >"$work/forest.txt"

check() { # check PATH: the session still opens it (200, not a redirect to sign-in) and it shows figures
  local body status
  status=$(curl -s -o "$work/check.out" -w '%{http_code}' -H "Cookie: $cookie" "$base$1")
  [ "$status" = 200 ] || { echo "GET $1 answered $status" >&2; exit 1; }
}

declare -a summary
for page in compare forest; do
  file="$work/$page.txt"
  check "$(head -1 "$file")"
  OFFRAMP_COOKIE="$cookie" OFFRAMP_PATHS="$file" "${prio[@]}" wrk -t "$threads" -c "$connections" -d "${WARMUP:-5s}" \
    -s "$repo/bench/load/cookie-rotate.lua" "$base" >/dev/null
  echo "== $page: $(wc -l <"$file") distinct paths, $connections connections, $duration"
  out=$(OFFRAMP_COOKIE="$cookie" OFFRAMP_PATHS="$file" "${prio[@]}" wrk -t "$threads" -c "$connections" -d "$duration" --latency \
    -s "$repo/bench/load/cookie-rotate.lua" "$base")
  echo "$out" | grep -E 'Latency|Requests/sec|Non-2xx|RESULT'
  check "$(head -1 "$file")"
  summary+=("$(printf '%-10s %s' "$page" "$(grep '^RESULT' <<<"$out" | cut -d' ' -f2-)")")
done
check "/Hub"
echo "the compare page shows $(grep -c 'data-testid="hub-metric"' "$work/check.out") metrics, $(grep -o '[0-9,]* bundles match' "$work/check.out")"

echo
echo "== summary: $(sqlite3 "$OFFRAMP_DB" 'SELECT COUNT(*) FROM HubBundle') bundles, SQLite, $connections connections, $duration per page, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${summary[@]}"
echo "target: compare p95 <= 50 ms, errors=0"
echo "500s in the web log: $(grep -ci 'unhandled exception' "$work/web.log" || true)"
