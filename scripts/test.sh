#!/usr/bin/env bash
# Install what is missing, build, and run every test: the Criterion suites,
# the Python tests (pytest), the mail filter's tests and the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="/usr/bin:/bin:$PATH"
BUILD=${BUILD:-build}
meson test -C "$BUILD" --print-errorlogs --num-processes 2
