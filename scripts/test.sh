#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian packages, dotnet tools, Redocly CLI from npm), checks formatting, builds, runs every test.
# Nothing is skipped: a missing PostgreSQL, Chromium, R or SciPy fails the run instead of hiding tests.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(postgresql openssl chromium r-base-core r-cran-survival r-cran-psych r-cran-cmprsk r-cran-metafor r-cran-jsonlite python3-scipy python3-statsmodels python3-sklearn python3-babel sqlite3 wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Tests choose their databases themselves; a developer's OFFRAMP_DB must not leak into them.
unset OFFRAMP_DB

dotnet tool restore
# Redocly CLI for the OpenAPI lint test, at the version package-lock.json pins.
npm ci --prefix tools/openapi-lint --no-audit --no-fund
dotnet format Offramp.sln --verify-no-changes
dotnet build Offramp.sln -c Release
dotnet test Offramp.sln -c Release --no-build --logger "console;verbosity=normal"
