#!/usr/bin/env bash
# Times `offramp keys rotate` and `offramp backup create` (and verify) on N demo participants (default 100,000).
# Usage: bench/keys-and-backup.sh [N] [WORKDIR]; OFFRAMP_DB may point at PostgreSQL, else a SQLite file in WORKDIR.
set -euo pipefail
n=${1:-100000}
work=${2:-$(mktemp -d /tmp/offramp-bench-keys.XXXXXX)}
cd "$(dirname "$0")/.."
dotnet build src/Offramp.Cli -c Release -v q -nologo >/dev/null
cli="dotnet src/Offramp.Cli/bin/Release/net10.0/offramp.dll"
export OFFRAMP_DB=${OFFRAMP_DB:-$work/offramp.db}
export Offramp__KeyDirectory=$work/keys
export OFFRAMP_BACKUP_PASSPHRASE=${OFFRAMP_BACKUP_PASSPHRASE:-bench-passphrase-not-secret}
echo "database: $OFFRAMP_DB ($n participants)"
$cli demo seed --participants "$n" | grep Seeded
seconds() { local start=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $start" | bc; }
echo "keys rotate:    $(seconds $cli keys rotate --batch-size 5000) s"
echo "backup create:  $(seconds $cli backup create --out "$work/offramp.bak") s ($(du -h "$work/offramp.bak" | cut -f1))"
echo "backup verify:  $(seconds $cli backup verify "$work/offramp.bak") s"
echo "audit verify:   $(seconds $cli audit verify) s"
