#!/usr/bin/env bash
# Issue 10, defect 5 (account enumeration by timing): not a test. Times 200 sign-ins each for an unknown email and for
# a real account (wrong and right password) against a running app and prints medians; they should agree within noise.
#
# usage: bench/sign-in-timing.sh                      builds, seeds the demo into a temporary folder, starts the app
#        BASE_URL=http://host:port EMAIL=... PASSWORD=... bench/sign-in-timing.sh   measures an app already running
#                                                     (its Offramp:RateLimits:SignIn must allow ~1,600 posts)
# environment: ROUNDS (200), KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
rounds=${ROUNDS:-200}
email=${EMAIL:-caseworker@demo.offramp.org}
password=${PASSWORD:-offramp-demo-2026}

if [ -n "${BASE_URL:-}" ]; then
  exec /usr/bin/python3 "$repo/bench/sign_in_timing.py" "$BASE_URL" "$email" "$password" "$rounds"
fi

echo "== build (Release)"
dotnet build src/Offramp.Web -c Release -v quiet -nologo

work=$(mktemp -d /tmp/offramp-signin-XXXXXX)
web_pid=""
cleanup() {
  if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
echo "== web app on $base (demo data, per-network sign-in limit raised for the measurement)"
cd "$work"
OFFRAMP_DB="$work/data/offramp.db" Offramp__KeyDirectory="$work/data/keys" Offramp__DemoData=true Offramp__DemoParticipants=20 \
  Offramp__RateLimits__SignIn__Burst=100000 Offramp__RateLimits__SignIn__PerMinute=100000 \
  ASPNETCORE_ENVIRONMENT=Production dotnet "$repo/src/Offramp.Web/bin/Release/net10.0/Offramp.Web.dll" --urls "$base" >"$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "$base/Account/Login" 2>/dev/null && break
  kill -0 "$web_pid" 2>/dev/null || { cat "$work/web.log"; exit 1; }
  sleep 0.5
done

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$repo/bench/sign_in_timing.py" "$base" "$email" "$password" "$rounds"
