#!/usr/bin/env bash
# Adds a migration NAME for both providers, so SQLite and PostgreSQL never drift apart.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Offramp.Data.$provider" --startup-project "src/Offramp.Data.$provider" --output-dir Migrations
done
# The compiled SQLite model follows the model (tests/Offramp.Cli.Tests/Database/CompiledModelTests.cs checks it).
scripts/optimize-model.sh
