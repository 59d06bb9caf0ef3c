#!/usr/bin/env bash
# `make restore`: bring the stack back from BACKUP_DIR, PostgreSQL to a point in time.
#   scripts/restore.sh [--time '2026-12-04 09:30:00+07'] [--set LABEL] [--yes]
# Without --time PostgreSQL is brought to the end of the archived WAL (the last moment archived);
# --set picks a backup set (default: the latest one taken before --time). The documents and Keycloak's
# realm come from that set; Keycloak's accounts are in its PostgreSQL database and follow --time.
# Everything is checked before anything is overwritten: a damaged set or one of another version of the
# system is refused with the reason. Then the services, Keycloak and PostgreSQL are stopped, PostgreSQL
# is restored and recovers, the documents are put back, each service's consumer groups go back to the
# first event its restored database had not handled (scripts/stack/backup_resync.py: what services derive
# from events is consumed again), and the whole stack starts again (as make run, without demo data).
# CBCCVC_PG_MODE=pg_ctl restores a cluster run by scripts/stack/pg_cluster.sh instead (rehearsals, tests).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=stack/lib.sh
source "$ROOT/scripts/stack/lib.sh"
TIME=""; SET=""; YES=0
while [ $# -gt 0 ]; do
  case "$1" in
    --time) TIME="$2"; shift 2 ;; --set) SET="$2"; shift 2 ;; --yes|-y) YES=1; shift ;;
    *) die "unknown argument '$1'" "scripts/restore.sh [--time 'YYYY-MM-DD HH:MM:SS+07'] [--set LABEL] [--yes]" ;;
  esac
done
MODE="${CBCCVC_PG_MODE:-supervisor}"
mkdir -p "$DATA_DIR"  # pg_data_dir decides by whether the postgres user can enter it: it must exist
PGBIN="$(pg_bin)"; PGDATA="${CBCCVC_PGDATA:-$(pg_data_dir)}"; export PGBIN PGDATA
export BACKUP_DIR S3_PORT S3_ACCESS_KEY S3_SECRET_KEY
TOOL=("$VENV/bin/python" "$ROOT/scripts/stack/backup_tool.py")
mkdir -p "$LOG_DIR"
[ -d "$BACKUP_DIR/sets" ] || die "no backup in $BACKUP_DIR" "take one with make backup, or set CBCCVC_BACKUP_DIR to the backup store"
write_pgbackrest_conf

# ------------------------------------------------------------ 1. choose and check (nothing changes yet)
step "checking the backup"
if [ -z "$SET" ]; then
  cutoff=""
  [ -n "$TIME" ] && { cutoff="$(date -u -d "$TIME" +%Y%m%dT%H%M%SZ)" || die "cannot read the time '$TIME'" "write it as '2026-12-04 09:30:00+07'"; }
  for f in $(ls "$BACKUP_DIR"/sets/*.json 2>/dev/null | sort); do
    s="$(basename "$f" .json)"; [ -z "$cutoff" ] || [[ "$s" < "$cutoff" ]] && SET="$s"
  done
  [ -n "$SET" ] || [ -n "$TIME" ] || die "there is no backup set in $BACKUP_DIR" "take one with make backup, or set CBCCVC_BACKUP_DIR to the backup store"
  [ -n "$SET" ] || die "no backup set in $BACKUP_DIR was taken before $TIME" "choose a later time, or another backup store"
fi
SETFILE="$BACKUP_DIR/sets/$SET.json"
[ -f "$SETFILE" ] || die "there is no backup set $SET in $BACKUP_DIR" "ls $BACKUP_DIR/sets"
PG_MAJOR="$(as_postgres "$PGBIN/postgres" --version | grep -oE '[0-9]+' | head -1)"
checked="$("${TOOL[@]}" set-check "$SETFILE" "$PG_MAJOR")" || exit 1
PGBR_LABEL="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["pgbackrest"])' "$checked")"
pgbr --output=json info | grep -q "\"$PGBR_LABEL\"" \
  || die "the PostgreSQL backup $PGBR_LABEL of set $SET is not in the repository (expired or removed)" "choose another set"
"${TOOL[@]}" documents-verify "$BACKUP_DIR/documents/$SET" >/dev/null || exit 1
pgbr verify >"$LOG_DIR/restore-verify.log" 2>&1 \
  || die "pgBackRest finds the repository damaged: nothing was changed" "read $LOG_DIR/restore-verify.log; restore from another copy of the backup store"
say "   set $SET (PostgreSQL backup $PGBR_LABEL) is complete and readable; target: ${TIME:-end of the archived WAL}"
if [ "$YES" != 1 ] && [ -t 0 ]; then
  read -r -p "Replace the stack's data with this backup? [y/N] " answer
  [[ "$answer" =~ ^[yY] ]] || die "cancelled" "nothing was changed"
fi

# ------------------------------------------------------------ 2. stop what uses the data
step "stopping the services and PostgreSQL"
if [ "$MODE" = supervisor ]; then
  if supervisor_running; then
    "${SUPERVISORCTL[@]}" stop "${SERVICES[@]}" gateway keycloak ops-exporter postgres-exporter >/dev/null 2>&1 || true
    "${SUPERVISORCTL[@]}" stop postgres >/dev/null 2>&1 || true
  fi
elif as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null
fi

# ------------------------------------------------------------ 3. PostgreSQL
step "restoring PostgreSQL ($PGBR_LABEL${TIME:+, to $TIME})"
mkdir -p "$PGDATA"; chmod 700 "$PGDATA"
if is_root; then chown postgres:postgres "$(dirname "$PGDATA")" "$PGDATA"; fi
target=(--type=default)
[ -n "$TIME" ] && target=(--type=time "--target=$TIME" --target-action=promote)
delta=(); [ -f "$PGDATA/PG_VERSION" ] && delta=(--delta)
pgbr --set="$PGBR_LABEL" "${delta[@]}" "${target[@]}" restore >"$LOG_DIR/restore-pgbackrest.log" 2>&1 \
  || { tail -20 "$LOG_DIR/restore-pgbackrest.log" >&2; die "pgBackRest restore failed" "read $LOG_DIR/restore-pgbackrest.log"; }

wait_recovered() {
  local t0=$SECONDS
  until [ "$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc 'select pg_is_in_recovery()' 2>/dev/null)" = "f" ]; do
    (( SECONDS - t0 > 600 )) && die "PostgreSQL did not finish recovery within 600 s" "read its log"
    if [ "$MODE" = supervisor ] && ! "${SUPERVISORCTL[@]}" status postgres 2>/dev/null | grep -qE 'RUNNING|STARTING'; then
      tail -20 "$LOG_DIR/postgres.log" >&2 2>/dev/null || true
      die "the restored PostgreSQL stopped while recovering" "read $LOG_DIR/postgres.log"
    fi
    sleep 1
  done
  say "   PostgreSQL recovered ($((SECONDS - t0)) s)"
}
if [ "$MODE" = supervisor ]; then
  render_configs
  if ! supervisor_running; then
    "$VENV/bin/supervisord" -c "$CONF_DIR/supervisord.conf" || die "supervisord did not start" "read $LOG_DIR/supervisord.log"
    for _ in $(seq 50); do supervisor_running && break; sleep 0.2; done
  fi
  tune_postgres
  start_programs postgres s3
  wait_recovered
  wait_for s3 30 http_ok "http://127.0.0.1:$S3_PORT/healthz"
else
  tune_postgres
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$(dirname "$PGDATA")/postgres.log" -w -t 600 start >/dev/null \
    || die "the restored PostgreSQL did not start" "read $(dirname "$PGDATA")/postgres.log"
  wait_recovered
fi
pgbr stanza-create >/dev/null 2>&1 || true

# ------------------------------------------------------------ 4. documents, then everything else
step "restoring the documents"
"${TOOL[@]}" documents-restore "$BACKUP_DIR/documents/$SET" >/dev/null || die "could not put the documents back" "is the S3 server up?"
"${TOOL[@]}" status last_restore "set=$SET" "target=${TIME:-end-of-archive}"
if [ "$MODE" = supervisor ]; then
  # Everything else, as make run does, but no demo data: the restored data is what it is.
  install_all; start_infra; prepare_databases
  # What each service derives from events: its consumer groups go back to the first event its restored
  # database had not handled, so it consumes again what the restore took away (the inbox drops the rest).
  step "consumer groups back to what each restored database has handled"
  "$VENV/bin/python" "$ROOT/scripts/stack/backup_resync.py" >"$LOG_DIR/restore-resync.log" \
    || die "could not move the consumer groups back" "read $LOG_DIR/restore-resync.log; run scripts/stack/backup_resync.py once the services are stopped"
  say "   $(wc -l <"$LOG_DIR/restore-resync.log") partitions will be consumed again ($LOG_DIR/restore-resync.log)"
  start_services
  # Derived tables computed from a service's own data and its copies: computed again once it runs.
  step "due lists computed again"
  ( cd "$ROOT/services/personnel" && "$VENV/bin/python" -m personnel.careers.due_lists rebuild \
      --url "postgresql+asyncpg://postgres@127.0.0.1:$PG_PORT/personnel" ) \
    >"$LOG_DIR/restore-due-lists.log" 2>&1 \
    || say "   the due lists were not computed again: read $LOG_DIR/restore-due-lists.log, then run python -m personnel.careers.due_lists rebuild"
  start_monitoring
fi
say "   restored set $SET${TIME:+ to $TIME}"
