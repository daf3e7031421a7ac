#!/usr/bin/env bash
# Runs every test: restore, build, then the unit, executor, kernel, browser and lesson tests.
# Tests that need Chromium or Python's Jupyter skip with a reason when those are missing,
# except under CI=true, where .ci/run has installed them and they must run.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Downhill.sln -c Release "$@"
