#!/usr/bin/env bash
# Issue 10 page benchmark (not a test): signed-in Razor pages under wrk at 100k participants on the embedded SQLite
# default, for the demo caseworker and the demo director: home (caseload and worklist), a participant's page (rotating
# over the caseload), the worklist and search. Every one of these pages is an audited read, so this also measures
# parallel readers appending to the audit chain. Target: p95 <= 30 ms for every page and role, 0 errors, chain intact.
#
# 2026-12-07 (s30), 100k participants, SQLite, 4 connections:
#   before (a8feb54, quiet machine, load average 1.5-3.6): caseworker home p50 37.4 p95 73.6, participant 26.5/42.8,
#     worklist 14.2/23.9, search 16.5/29.6; director home p50 84.2 p95 131.8, participant 20.4/31.9, worklist 26.5/40.0,
#     search 13.5/23.4 ms. Two sessions earlier the homes' p95 were 36.5 (caseworker) and 31.1 ms (director).
#   Cause (EF's logged SQL, 10 sequential director home pages): the urgent section (8ef3eb0) counted and then paged the
#     urgent kinds with the kind tested outside the audiences' UNION ALL, so each read tested every due task's row:
#     72.5 + 61.7 ms per page of about 175 ms of SQL (the worklist's own count 13.0, page 11.8, caseload count 8.5). No
#     index was lost: the squashed Initial creates the same 96 indexes as before the squash (snapshot and database).
#   after 496082c (urgent ids read once in due order, the kind tested in each audience's query): web CPU per request
#     (40 sequential requests, /proc utime+stime; the machine was shared, load average 25-88, so wall-clock latency was
#     not comparable): director home 45.2-53.2 -> 30.0-38.2 ms; caseworker home 15.5-18.2 -> 14.0-19.2 (unchanged
#     within noise); the other pages do not read the urgent tasks and stayed within noise (before -> after: director
#     participant 33.7 -> 35.0, search 17.3 -> 12.3; caseworker worklist 12.3 -> 10.3, participant 26.3 -> 28.7, search
#     21.3 -> 23.3); director worklist 22.0 after.
#   with a hand-made CREATE INDEX IX_Tasks_ProgramId_Status_Kind_Audience_DueOn_Id ON Tasks (ProgramId, Status, Kind,
#     Audience, DueOn, Id) on a copy (not in a migration yet): the urgent read is covering (0.5 ms instead of 12 ms CPU
#     in sqlite3), director home 37.5 -> 22.0 ms CPU per request in the same run. p95 <= 30 ms is not reached yet.
#
# 2026-12-07 (s34), same 100k seed, caseworker home and participant page, sequential requests on one kept database
# (machine shared with test runs: load average 9-34, so neither wall-clock nor CPU time resolves 1 ms; figures below
# alternate before/after builds on the same database):
#   SQL (EF's logged commands): every statement takes 0-1 ms; the pages are CPU, not SQL. Participant page 27-30
#     statements, caseworker home 18. The participant page asked the caller's standing (participant row and team roles)
#     three times (record, transfers, disclosures), the home page the break-glass grants twice; ScopeLoader read the
#     whole account row, the record and the disclosure register read whole account rows for names.
#   Tiered JIT: after start-up the participant page needs 500+ requests before the ".NET Tiered Compilation" thread
#     goes quiet; until then it takes 12-17 ms of CPU per request on top of the page's own (15-24 ms per request in the
#     first few hundred). A 5 s warm-up is a couple of hundred requests: the measured 20 s share both cores with the
#     JIT, which is part of the participant page's long p95. Measure CPU per thread and leave the tiering thread out.
#   Steady state (tiering thread excluded): caseworker participant 12-18 ms, home 10-17 ms of CPU per request.
#   Where the participant page's request CPU goes (perf, 2000 Hz, JIT map): EF's query pipeline about 22%,
#     ParticipantAccess.StandingAsync 16-17% (three calls), audit commit 6%, cookie validation 7% (below), Razor 7%.
#   after 96d1d79 (standing and grants read once per unit of work until it saves; projections): caseworker participant
#     page 23-26 statements, home 17 (director: participant 30 -> 25, home 19 -> 18); request-thread CPU (perf samples of the worker threads, 150 requests after 400 warm-up,
#     load average 20-27) 21.5 -> 17.1 ms per request, StandingAsync 17.4% -> 10.5%, ListDisclosures 7.6% -> 2.6%,
#     ListParticipantTransfers 6.4% -> 2.5%. Process CPU alternating base/after twice: 16.8 -> 15.2-15.9 and
#     18.3 -> 18.5 ms (noise at that load); home unchanged within noise.
#   Benchmark artefact: wrk (and this script) send the sign-in cookie forever and ignore the renewed one, so after the
#     first minute every request runs Identity's SecurityStampValidator again (user, roles, claims, a new cookie
#     protected): about 6% of the home page's request CPU that a browser, which keeps the renewed cookie, does not pay.
#   Noticed, left alone: SqlitePragmas runs its four PRAGMAs on every connection open, i.e. before every EF query
#     (about 1% of request CPU); once per physical connection would do but needs care with pooled handles.
#
# 2026-12-07 (s35), same 100k seed (kept folder), quiet machine (load average 1.5-3.7), this script with REUSE:
#   before (main 3c5cac8, 5 s warm-up, the first cookie replayed): caseworker home p50 28.6 p95 59.2, participant
#     21.7/33.2, worklist 15.0/28.5, search 18.2/34.6; director home 43.5/63.8, participant 23.3/37.2, worklist
#     28.6/51.1, search 13.8/27.0 ms; 0 errors, chain intact.
#   The same build with a 45 s warm-up: caseworker home 24.3/37.5, participant 23.3/35.8, worklist 15.8/24.8, search
#     15.4/28.2 ms: most of the short warm-up's p95 was tiered compilation still at work (44% of the process's samples
#     in perf after 400 requests). The warm-up is now 30 s, and wrk keeps the cookies the app renews (cookie-rotate.lua).
#   Changes: parameterized collections sent as one parameter (json_each on SQLite, an array on PostgreSQL) instead of
#     EF 10's default of one parameter per element, whose SQL EF generated again on every execution (query SQL
#     generation was 6% of the caseworker home's CPU); the caseload reads the six columns a summary needs, not whole
#     sealed rows; the SQLite PRAGMAs run once per pooled handle, not on every open (EF opens for every query).
#   CPU per request, sequential (400 requests after 1,500 of warm-up per page, web process only), before -> after:
#     caseworker home 13.4 -> 12.3, participant 15.3 -> 12.2, worklist 10.9 -> 10.2, search 10.9 -> 12.4 (json_each for
#     the candidate ids; within this run's noise of about 1 ms it is the one page that did not gain); director home
#     22.8 -> 17.5, participant 17.8 -> 10.7, worklist 17.4 -> 12.1, search 9.0 -> 8.3 ms.
#   after, this script (30 s warm-up), before the PRAGMA change: caseworker home 24.7/37.9, participant 27.2/43.4,
#     worklist 15.8/24.9, search 17.7/31.9; director home 38.7/56.8, participant 24.8/39.4, worklist 29.7/44.2, search
#     14.1/24.6 ms; 0 errors, chain intact (583,782 events). Runs of the same build differ by up to 8 ms at p95.
#   Not met: p95 <= 30 ms holds for the worklist and search, not for the homes and the participant page. With 4
#     connections on 2 cores shared with wrk, latency is throughput: p95 <= 30 ms needs about 8-9 ms of CPU per request
#     (the caseworker home takes 12, the director's 17.5). Where the rest goes (perf, caseworker home, steady state):
#     EF's per-query pipeline (parameter extraction, cache lookup) about 12% over 17 statements, Razor 10%, cookie and
#     session check 6%, audit commit 5%; for the director, SQLite counting and ordering 3,256 due tasks (4-5 ms).
#
# 2026-12-07 (s36), each run on a fresh copy of one 100k seed (SEED=, so the audit trail does not grow between runs;
#   the kept folder had grown from 1.77 to 2.08 GB, and the caseworker participant page measured p95 36 on a copy against
#   44 on the grown file), quiet machine, 30 s warm-up, 20 s per page, p50/p95 ms:
#   before (main 147d50b): caseworker home 22.3/35.4, participant 23.1/36.6, worklist 14.5/23.6, search 16.8/30.3;
#     director home 36.3/53.6, participant 20.7/32.0, worklist 25.9/38.2.
#   Changes: settings files are read once (reloading them on change watched the whole content root, where data/ holds
#     the database and its WAL: the watcher thread took 4% of the server's CPU under load); the worklist counts due and
#     overdue tasks with two plain counts (one grouped count over the union built a temporary B-tree of a director's
#     3,256 tasks: 2.2 ms of SQLite against 1.1); and pages from each audience's first tasks, each directed program and
#     task audience apart, in index order up to the page's end (SQLite sorted all 3,256 for a page of 10).
#   after (director pages, two runs, 15 s per page after 20 s): home 34.8/59.9 and 29.4/48.1, participant 20.6/34.3 and
#     22.5/35.9, worklist 24.4/36.2 and 22.7/35.2, search 10.6/19.7 (first run; a build disturbed the second); 0 errors,
#     chain intact (41,038 and 42,031 events). The homes differ by 12 ms at
#     p95 between two runs of one build: only the worklist's gain is larger than the noise.
#   Tried and not kept: memory-mapped reads for the web app (PRAGMA mmap_size). On the grown file they cut the system
#     calls (80,000 preads in 10 s of the director's worklist, 3,000 mapped), but on fresh copies, alternated with the
#     same build reading through SQLite's page cache, two pairs: director home p95 71.3 / 57.4 mapped against 59.9 / 48.1,
#     worklist 42.7 / 39.6 against 36.2 / 35.2, participant 38.6 / 29.4 against 34.3 / 35.9.
#   Not met: the homes and the participant pages stay above p95 30 ms. With 4 connections on 2 cores shared with wrk the
#     pages are CPU-bound (the director home answers 110 requests a second at about 17 ms of CPU each); the statements
#     per page (17-25, each paying EF's query pipeline) are what is left to cut.
# 2026-12-07 (s37), fresh copies of the same 100k seed. The director's worklist reads each directed program's open
#   tasks from one index range in due order (program, status, due date, id, audience), so its union has one part per
#   program instead of one per program and audience (the demo director directs 6: 8 parts instead of 14); the case-team
#   part is left out when the caller works no case outside the programs they direct and holds no emergency access; the
#   caller's scope is one statement instead of two. Director home: 16 statements instead of 19.
#   Web CPU per request, sequential requests after 1,000 unmeasured, 200 measured (/tmp measure script, /proc utime and
#   stime without the tiering thread), the two builds alternated A B A B on fresh copies, quiet machine (load 1.4-1.7),
#   main 69f6e14 -> this build, ms: director home 21.8 / 23.5 -> 20.0 / 19.6, director participant 14.9 / 15.0 ->
#   13.7 / 12.7, director worklist 17.0 / 20.4 -> 16.3 / 15.0; caseworker home 13.2 / 14.9 -> 13.2 / 13.6, participant
#   13.4 / 15.5 -> 13.5 / 12.2, worklist 10.6 / 12.7 -> 10.5 / 9.7. About 10-15% off the director's pages.
#   This script (4 connections) the same day: the machine ran slower than the day before (main's director home p95 65.2
#   against 48-60 the day before, the same build), so only same-day figures compare. Director pages, main -> this build,
#   p50/p95: home 41.5/65.2 -> 44.4/70.2, participant 27.3/42.7 -> 23.8/38.3, worklist 35.4/54.7 -> 32.7/48.5, search
#   14.9/26.5 -> 15.3/26.8; a second run of this build, both roles: caseworker home 34.9/58.6, participant 35.8/58.2,
#   worklist 22.3/36.2, search 17.6/32.6; director home 29.6/48.3, participant 26.6/42.4, worklist 33.2/49.9, search
#   19.4/35.9. 0 errors, no 500s, chain intact (94,455 events). Runs of one build differ by more than the change at p95.
#   Not met: p95 <= 30 ms at 4 connections on 2 cores needs about half the CPU per page.
# usage: bench/pages.sh
# environment: PARTICIPANTS (100000), DURATION (20s), WARMUP (30s, unmeasured, before each page), CONNECTIONS (4),
#              KEEP=1 keeps the temporary folder,
#              REUSE=<kept folder> measures an already seeded folder again (its audit trail grows with every run),
#              SEED=<kept folder> measures a fresh copy of a kept folder's data/ (each run starts from the same database),
#              NICE=-10 (root) runs everything at that priority,
#              ROLES ("caseworker director") which demo roles to measure, PAGES ("home participant worklist search") which pages.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
participants=${PARTICIPANTS:-100000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-4}
threads=$((connections < 2 ? connections : 2))
prio=(nice -n "${NICE:-0}")
password=offramp-demo-2026

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

echo "== build (Release)"
dotnet build src/Offramp.Cli -c Release -v quiet -nologo
dotnet build src/Offramp.Web -c Release -v quiet -nologo

if [ -n "${REUSE:-}" ]; then work=$REUSE; else work=$(mktemp -d /tmp/offramp-pages-XXXXXX); fi
if [ -n "${SEED:-}" ]; then cp -r "$SEED/data" "$work/data"; fi
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
if [ -z "${REUSE:-}" ] && [ -z "${SEED:-}" ]; then
  echo "== seed: $participants participants"
  "${offramp[@]}" demo seed --participants "$participants"
fi

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

# Page paths come from each person's own caseload, read through the API with a read-only demo token.
paths_for() { # paths_for EMAIL PREFIX
  local token
  token=$("${offramp[@]}" demo token "$1")
  curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/participants?page=1&pageSize=50" -o "$work/$2-caseload.json"
  echo "/" >"$work/$2-home.txt"
  echo "/Worklist" >"$work/$2-worklist.txt"
  python3 "$repo/bench/load/participant_paths.py" ui-page "$work/$2-caseload.json" >"$work/$2-participant.txt"
  python3 "$repo/bench/load/participant_paths.py" ui-search "$work/$2-caseload.json" >"$work/$2-search.txt"
}

signed_in() { # signed_in EMAIL: the Cookie header of a fresh page session (codes are single use: wait for a new one if needed)
  local cookie
  for _ in 1 2 3; do
    if cookie=$(python3 "$repo/bench/load/page_signin.py" "$base" "$1" "$password" "$("${offramp[@]}" demo totp "$1")" 2>/dev/null); then
      echo "$cookie"; return 0
    fi
    sleep 31
  done
  echo "could not sign in $1" >&2; exit 1
}

still_signed_in() { # still_signed_in COOKIE PATH: the page answers 200 (not a redirect to the sign-in page)
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$base$2")" = 200 ] || { echo "session lost on $2" >&2; exit 1; }
}

declare -a summary
for role in ${ROLES:-caseworker director}; do
  email="$role@demo.offramp.org"
  paths_for "$email" "$role"
  cookie=$(signed_in "$email")
  for page in ${PAGES:-home participant worklist search}; do
    file="$work/$role-$page.txt"
    still_signed_in "$cookie" "$(head -1 "$file")"
    # Unmeasured first: the first requests of a page pay for JIT compilation and cold caches. Tiered compilation keeps
    # recompiling a page's methods for its first thousand or so requests (a 5 s warm-up left the caseworker's home at
    # p95 59 ms where the same build settles at 37 ms), so 30 s: a server runs for days, the benchmark measures that.
    OFFRAMP_COOKIE="$cookie" OFFRAMP_PATHS="$file" "${prio[@]}" wrk -t "$threads" -c "$connections" -d "${WARMUP:-30s}" \
      -s "$repo/bench/load/cookie-rotate.lua" "$base" >/dev/null
    echo "== $role $page: $(wc -l <"$file") distinct paths, $connections connections, $duration"
    out=$(OFFRAMP_COOKIE="$cookie" OFFRAMP_PATHS="$file" "${prio[@]}" wrk -t "$threads" -c "$connections" -d "$duration" --latency \
      -s "$repo/bench/load/cookie-rotate.lua" "$base")
    echo "$out" | grep -E 'Latency|Requests/sec|Non-2xx|RESULT'
    still_signed_in "$cookie" "$(head -1 "$file")"
    summary+=("$(printf '%-24s %s' "$role $page" "$(grep '^RESULT' <<<"$out" | cut -d' ' -f2-)")")
  done
done

echo
echo "== summary: $participants participants, SQLite, $connections connections, $duration per page, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${summary[@]}"
echo "target: p95 <= 30 ms, errors=0"
echo "500s in the web log: $(grep -ci 'unhandled exception\|UNIQUE constraint' "$work/web.log" || true)"
kill "$web_pid"; wait "$web_pid" 2>/dev/null || true; web_pid=""
echo "== audit chain after the run (offramp audit verify):"
"${offramp[@]}" audit verify
