#!/usr/bin/env bash
# Runs every test: publish the README's command if the sources changed, restore, build, then the unit, executor,
# kernel, browser and lesson tests.
# Tests that need Chromium or Python's Jupyter skip with a reason when those are missing,
# except under CI=true, where .ci/run has installed them and they must run.
# A test making no progress for 15 minutes has its test process stopped (with a small dump in TestResults/)
# and the names of the tests it was running are printed at the end, so a hang fails the run and says where;
# a run still going after 45 minutes (a normal one takes about 4) is cancelled with the failures seen so far.
set -euo pipefail
cd "$(dirname "$0")"
# The README's command first, on its own: the tests that run it (and its kernelspec) find it published, and its
# precompilation (a few minutes of both cores) does not run beside the lesson tests, whose timing claims feel the load.
./downhill --version >/dev/null
results="$PWD/TestResults"
rm -rf "$results"
status=0
dotnet test Downhill.sln -c Release --results-directory "$results" \
  --hangdump --hangdump-timeout 15m --hangdump-type Mini --timeout 45m "$@" || status=$?
for log in "$results"/*_hang.log; do
  [ -f "$log" ] || continue
  echo "Tests still running when $(basename "$log" _hang.log) was stopped (seconds running, name):"
  cat "$log"
done
exit "$status"
