#!/usr/bin/env bash
# Everything trustlist needs on a fresh Debian/Ubuntu machine; safe to run again.
# Python packages come from uv.lock (exact versions and hashes), so a fresh machine next
# month installs what passed today.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz fonts-dejavu-core python3-venv chromium chromium-driver)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
# uv itself, pinned by hash, in a small virtual environment of its own (.venv is uv's to keep
# exactly as the lock says, so it cannot hold the tool that syncs it).
if [ ! -x .tools/bin/uv ] || ! cmp -s scripts/uv-requirements.txt .tools/uv-requirements.txt; then
  rm -rf .tools
  "$PYTHON" -m venv .tools
  .tools/bin/python -m pip install -q --require-hashes -r scripts/uv-requirements.txt
  cp scripts/uv-requirements.txt .tools/uv-requirements.txt
fi
# --locked: fails, instead of resolving anew, when pyproject.toml and uv.lock disagree.
UV_PYTHON_DOWNLOADS=never .tools/bin/uv sync --locked --extra test --python "$PYTHON" --quiet
