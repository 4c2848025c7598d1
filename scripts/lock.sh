#!/usr/bin/env bash
# Upgrade the locked dependency set (uv.lock) to the newest versions pyproject.toml allows,
# or only the packages named: ./scripts/lock.sh [PACKAGE[==VERSION] ...]. Then run
# ./scripts/test.sh and commit uv.lock with the figures that changed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
if [ $# -eq 0 ]; then
  .tools/bin/uv lock --upgrade
else
  .tools/bin/uv lock $(printf -- '--upgrade-package %s ' "$@")
fi
.tools/bin/uv sync --locked --extra test --quiet
