#!/usr/bin/env bash
# Set up, then run the linter, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
.tools/bin/uv lock --check --quiet || { echo "uv.lock does not match pyproject.toml: run ./scripts/lock.sh" >&2; exit 1; }
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
