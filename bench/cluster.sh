#!/usr/bin/env bash
# Issue 10 cluster benchmark (not a test): two web instances behind nginx on one port, one PostgreSQL started here,
# 100k participants. wrk with 64 connections mixes audited reads (participant record, search) with writes (logging a
# session): three reads to one write, all through the API with a read-write demo token, so every request appends to the
# one audit chain from two processes at once. Prints p50/p95/p99 and errors (must be 0), counts the 5xx in both
# instances' logs, and verifies the audit chain afterwards.
#
# usage: bench/cluster.sh
# environment: PARTICIPANTS (100000), DURATION (30s), CONNECTIONS (64), KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
participants=${PARTICIPANTS:-100000}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-64}
pgbin=/usr/lib/postgresql/15/bin

need=()
for p in postgresql nginx wrk; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

echo "== build (Release)"
dotnet build src/Offramp.Cli -c Release -v quiet -nologo
dotnet build src/Offramp.Web -c Release -v quiet -nologo

work=$(mktemp -d /tmp/offramp-cluster-XXXXXX)
chmod 755 "$work"
pids=()
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -d "$work/pg" ] && as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== PostgreSQL"
pg_port=$(free_port)
mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
as_postgres "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-locale --no-sync --no-instructions >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -t 60 \
  -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB -c synchronous_commit=on" start >/dev/null

export OFFRAMP_DB="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=offramp;Maximum Pool Size=60"
export Offramp__KeyDirectory="$work/keys" # shared by both instances, as README asks of several instances
offramp=(dotnet "$repo/src/Offramp.Cli/bin/Release/net10.0/offramp.dll")
cd "$work"
echo "== seed: $participants participants"
seed_start=$(date +%s)
"${offramp[@]}" demo seed --participants "$participants"
echo "seeded in $(( $(date +%s) - seed_start )) s"

upstreams=""
for i in 1 2; do
  port=$(free_port)
  # nginx is the trusted proxy: the instances take the client's address from X-Forwarded-For (per-network limits, audit).
  ASPNETCORE_ENVIRONMENT=Production Offramp__TrustedProxies=127.0.0.1 dotnet "$repo/src/Offramp.Web/bin/Release/net10.0/Offramp.Web.dll" --urls "http://127.0.0.1:$port" >"$work/web$i.log" 2>&1 &
  pids+=($!)
  upstreams+="    server 127.0.0.1:$port;"$'\n'
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/Account/Login" 2>/dev/null && break
    sleep 0.5
  done
done

front=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream offramp {
$upstreams    keepalive 64;
  }
  server {
    listen 127.0.0.1:$front;
    location / {
      proxy_pass http://offramp;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
nginx -c "$work/nginx.conf"
base="http://127.0.0.1:$front"
echo "== two instances behind nginx on $base"

token=$("${offramp[@]}" demo token caseworker@demo.offramp.org --write)
curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/participants?page=1&pageSize=50" -o "$work/caseload.json"
python3 "$repo/bench/load/participant_paths.py" page "$work/caseload.json" >"$work/paths.txt"
python3 "$repo/bench/load/participant_paths.py" search "$work/caseload.json" >>"$work/paths.txt"
python3 -c 'import json,sys; [print(i["id"]) for i in json.load(open(sys.argv[1]))["items"]]' "$work/caseload.json" >"$work/write-ids.txt"
echo "== wrk: $connections connections, $duration, $(wc -l <"$work/paths.txt") read paths, writes on $(wc -l <"$work/write-ids.txt") participants"
out=$(OFFRAMP_TOKEN="$token" OFFRAMP_PATHS="$work/paths.txt" OFFRAMP_WRITE_IDS="$work/write-ids.txt" \
  wrk -t 2 -c "$connections" -d "$duration" --latency --timeout 10s -s "$repo/bench/load/mixed-audited.lua" "$base")
echo "$out" | grep -E 'Latency|Requests/sec|Non-2xx|Socket|RESULT'

for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
pids=()
echo
echo "== summary: $participants participants, PostgreSQL, 2 instances behind nginx, $connections connections, $duration, load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep '^RESULT' <<<"$out" | cut -d' ' -f2-
echo "unhandled exceptions in the two web logs: $(cat "$work"/web*.log | grep -ci 'unhandled exception' || true)"
echo "== audit chain after the run (offramp audit verify):"
"${offramp[@]}" audit verify
