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
rc=0
if [ -f web/package.json ] && grep -q '"test"' web/package.json; then
  step "web unit tests (vitest)"
  ( cd web && npm test --silent ) || rc=1
fi
step "lint (ruff)"
"$VENV/bin/ruff" check -q libs services scripts tests bench || rc=1
step "pytest"
"$VENV/bin/pytest" "$@"
prc=$?
# pytest exits 5 when it collected no test: that is a broken suite here, not a pass.
if [ "$prc" = 5 ]; then say "pytest collected no tests"; prc=1; fi
[ "$prc" = 0 ] || rc=$prc
exit "$rc"
