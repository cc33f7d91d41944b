#!/usr/bin/env bash
# Generates the SQLite model compiled ahead of time (src/Offramp.Data.Sqlite/CompiledModel), which read-only CLI
# commands use instead of building the model at every start. Run it after any change to the model;
# tests/Offramp.Cli.Tests/Database/CompiledModelTests.cs fails until it is run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
out=src/Offramp.Data.Sqlite/CompiledModel
rm -rf "$out"
dotnet ef dbcontext optimize --project src/Offramp.Data.Sqlite --startup-project src/Offramp.Data.Sqlite \
  --output-dir CompiledModel --namespace Offramp.Data.Sqlite.CompiledModel
# The attribute would make EF pick the model up by itself; the app chooses it explicitly, per command and only on
# SQLite (DbContextSetup), so a PostgreSQL context can never be given the SQLite model.
rm -f "$out/OfframpDbContextAssemblyAttributes.cs"
