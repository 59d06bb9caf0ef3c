#!/usr/bin/env bash
# `make test`: bring the stack up with the same scripts as `make run`, run every test, and stop
# what this run started (a stack that was already running is left running).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/stack/lib.sh"
mkdir -p "$LOG_DIR" "$RUN_DIR"

started=0
if ! { [ -x "$VENV/bin/supervisorctl" ] && supervisor_running; }; then started=1; fi
if [ "$started" = 1 ]; then trap '"$ROOT/scripts/stack.sh" down' EXIT; fi

"$ROOT/scripts/stack.sh" up || exit 1

step "tests"
mkdir -p "$ROOT/test-artifacts"
cd "$ROOT"
"$VENV/bin/pytest" "$@"
rc=$?
# pytest exits 5 when it collected no test: that is a broken suite here, not a pass.
if [ "$rc" = 5 ]; then say "pytest collected no tests"; rc=1; fi
exit "$rc"
