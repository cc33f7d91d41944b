#!/usr/bin/env bash
# Times disclosure control (primary and secondary suppression) on 3,000 atoms and 1,694 proposed cells; see
# bench/disclosure.cs. Usage: bench/disclosure.sh [runs] [seed]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
nice -n 19 dotnet run -c Release bench/disclosure.cs -- "$@"
