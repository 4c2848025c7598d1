#!/usr/bin/env bash
# Set up, then run `trustlist demo`: sample bundles through the intake flow on the
# embedded default (local object store under var/store, Prefect's embedded SQLite API).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
exec .venv/bin/trustlist demo "$@"
