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

# The tests need the demo accounts' people, not the whole demo province: a small one loads in seconds (a
# later `make run` adds the rest).
export CBCCVC_DEMO_PEOPLE="${CBCCVC_DEMO_PEOPLE:-300}"
"$ROOT/scripts/stack.sh" up || exit 1

step "tests"
mkdir -p "$ROOT/test-artifacts"
cd "$ROOT"
rc=0
step "lint (ruff)"
"$VENV/bin/ruff" check -q libs services scripts tests bench || rc=1

run_pytest() { # pytest exits 5 when it collected no test: that is a broken suite here, not a pass
  "$VENV/bin/pytest" "$@"
  local prc=$?
  if [ "$prc" = 5 ]; then say "pytest collected no tests: $*"; prc=1; fi
  [ "$prc" = 0 ] || rc=$prc
}

if [ $# -gt 0 ]; then
  step "pytest $*"
  run_pytest "$@"
else
  # Two processes: Playwright's synchronous API leaves an event loop behind that the asyncio tests of
  # the same process cannot share. Browser tests run last, on the stack the others leave behind.
  step "pytest: platform, services, contracts, manifests, web unit tests"
  run_pytest -m "not browser"
  step "pytest: browser tests (Chromium)"
  run_pytest -m browser
  # Last: it kills the stack's servers at random moments (issue 15.7, short form; bench/chaos.py is long).
  step "pytest: chaos (servers killed while requests run; nothing accepted may be lost)"
  CBCCVC_CHAOS=1 run_pytest tests/chaos
fi
exit "$rc"
