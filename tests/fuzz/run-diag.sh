#!/bin/sh
# Fuzz the task_diag decoder for a bounded time:
#   tests/fuzz/run-diag.sh [SECONDS]     (default 20, or $FUZZ_TIME)
# Kept for habit; tests/fuzz/run.sh runs any of the targets.  The binary
# comes from "make fuzz-targets" (or $FUZZ_BIN_DIR).
exec sh "$(dirname "$0")/run.sh" -t "${1:-${FUZZ_TIME:-20}}" diag
