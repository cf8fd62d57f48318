#!/usr/bin/env bash
# Starts cupsd (when it is not running) and makes the CUPS queue the paper
# tests print to: `madoguchi-test`, a raw queue on the file backend writing
# to /dev/null (the one file CUPS allows without `FileDevice Yes`). The test
# checks that CUPS took and completed the job. Needs root; .ci/run calls it,
# then sets MADOGUCHI_REQUIRE_CUPS=1.
set -euo pipefail
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  cupsd
  for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
fi
lpstat -p madoguchi-test >/dev/null 2>&1 \
  || lpadmin -p madoguchi-test -E -v file:///dev/null -m raw 2>/dev/null
lpstat -p madoguchi-test >/dev/null
echo "cups: queue madoguchi-test ready"
