#!/usr/bin/env bash
# A PostgreSQL cluster set up exactly as the stack's (initdb, tuning, WAL archiving into BACKUP_DIR), run
# with pg_ctl instead of supervisord: for restore rehearsals and tests beside a running stack.
#   CBCCVC_PGDATA=/path PG_PORT=25432 CBCCVC_BACKUP_DIR=/path CBCCVC_PGBACKREST_CONF=/path/pgbackrest.conf \
#     scripts/stack/pg_cluster.sh init|start|stop|status
# Never point it at the stack's own data directory while the stack runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib.sh
source "$ROOT/scripts/stack/lib.sh"
: "${CBCCVC_PGDATA:?set CBCCVC_PGDATA to the data directory of the throwaway cluster}"
PGBIN="$(pg_bin)"; PGDATA="$CBCCVC_PGDATA"; export PGBIN PGDATA
mkdir -p "$LOG_DIR"
PGLOG="$(dirname "$PGDATA")/postgres.log"

case "${1:-}" in
  init) init_postgres ;;
  start)
    tune_postgres
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGLOG" -w -t 120 start >/dev/null
    ensure_backup_stanza ;;
  stop) as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null ;;
  status) as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" status ;;
  *) die "usage: pg_cluster.sh init|start|stop|status" ;;
esac
