# shellcheck shell=bash
# Backups of the local stack: pgBackRest (Debian package) with continuous WAL archiving for PostgreSQL,
# a mirror of the S3 documents and Keycloak's realm export, all into BACKUP_DIR (not the live data).
# Sourced by lib.sh (the stack's PostgreSQL set-up calls configure_wal_archiving and ensure_backup_stanza)
# and by scripts/backup.sh and scripts/restore.sh.
#
# Layout of BACKUP_DIR:
#   pgbackrest/        pgBackRest's repository (backups and archived WAL), stanza "cbccvc"
#   documents/<label>/ one mirror of the documents per backup set (unchanged files hard-linked)
#   keycloak/<label>/  the realm's partial export
#   sets/<label>.json  what a backup set holds, checked first by restore
#   status.json        last success of each kind, read by the ops exporter (alert BackupTooOld)
#   log/ lock/         pgBackRest's logs and locks

PGBR_STANZA=cbccvc
PGBR_CONF="${CBCCVC_PGBACKREST_CONF:-$CONF_DIR/pgbackrest.conf}"
# Retention: 4 full backups (weekly: four weeks of point-in-time restore), 7 differential ones.
PGBR_RETENTION_FULL="${CBCCVC_BACKUP_RETENTION_FULL:-4}"
PGBR_RETENTION_DIFF="${CBCCVC_BACKUP_RETENTION_DIFF:-7}"
# Yearly archive (the records of people who left are kept, Art. 12.3 of the regulation, which sets no end):
# the first full backup of each year is also copied, self-contained, to CBCCVC_BACKUP_ARCHIVE_DIR/<year>/
# (off while empty; another disk or store than BACKUP_DIR), and an archive is deleted after
# CBCCVC_BACKUP_ARCHIVE_YEARS years (0, the default: kept for good). See archive_backup_set.
ARCHIVE_DIR="${CBCCVC_BACKUP_ARCHIVE_DIR:-}"
ARCHIVE_YEARS="${CBCCVC_BACKUP_ARCHIVE_YEARS:-0}"

as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgbr() { as_postgres pgbackrest --config="$PGBR_CONF" --stanza="$PGBR_STANZA" "$@"; }

write_pgbackrest_conf() { # needs PGDATA, PG_PORT, BACKUP_DIR
  mkdir -p "$BACKUP_DIR/pgbackrest" "$BACKUP_DIR/log" "$BACKUP_DIR/lock" "$(dirname "$PGBR_CONF")"
  cat >"$PGBR_CONF" <<EOF
# Written by scripts/stack/backup_lib.sh; edits are lost.
[global]
repo1-path=$BACKUP_DIR/pgbackrest
repo1-retention-full=$PGBR_RETENTION_FULL
repo1-retention-diff=$PGBR_RETENTION_DIFF
compress-type=lz4
start-fast=y
archive-timeout=120
log-path=$BACKUP_DIR/log
lock-path=$BACKUP_DIR/lock
log-level-console=warn
log-level-file=info

[$PGBR_STANZA]
pg1-path=$PGDATA
pg1-port=$PG_PORT
pg1-socket-path=$PGDATA
pg1-user=postgres
EOF
  chmod 644 "$PGBR_CONF"
  if is_root; then chown postgres:postgres "$BACKUP_DIR/pgbackrest" "$BACKUP_DIR/log" "$BACKUP_DIR/lock"; fi
}

pg_system_id() { "$PGBIN/pg_controldata" "$1" 2>/dev/null | awk -F: '/Database system identifier/ {gsub(/ /, "", $2); print $2}'; }
repo_system_id() { # the cluster the repository's archive belongs to (empty: no stanza yet)
  local info="$BACKUP_DIR/pgbackrest/archive/$PGBR_STANZA/archive.info"
  [ -f "$info" ] && sed -n 's/^db-system-id=//p' "$info" | tail -1
}

# WAL archiving, part of the stack's PostgreSQL configuration (an include file rewritten at every start,
# like cbccvc-tuning.conf). archive_mode takes effect at the next start of PostgreSQL. A repository that
# holds another cluster's backups (a `make reset` without `make restore`) is never written into: the new
# cluster then runs without archiving, and the stack says why.
configure_wal_archiving() {
  write_pgbackrest_conf
  local mode="on" why="" ours theirs
  ours="$(pg_system_id "$PGDATA")"; theirs="$(repo_system_id || true)"
  if [ -n "$theirs" ] && [ -n "$ours" ] && [ "$ours" != "$theirs" ]; then
    mode="off"
    why="# OFF: $BACKUP_DIR holds the backups of another cluster ($theirs); restore them (make restore) or move them aside."
    say "   WAL archiving off: $BACKUP_DIR holds the backups of another PostgreSQL cluster;"
    say "   'make restore' brings that cluster back, or move $BACKUP_DIR aside to back up this new one."
  fi
  cat >"$PGDATA/cbccvc-archive.conf" <<EOF
# Written by scripts/stack/backup_lib.sh at every start; edits are lost.
$why
wal_level = replica
archive_mode = $mode
archive_command = 'pgbackrest --config=$PGBR_CONF --stanza=$PGBR_STANZA archive-push %p'
# A WAL file is archived at least every 5 minutes while anything is written: the most a restore can lose.
archive_timeout = 300
EOF
  grep -q "cbccvc-archive.conf" "$PGDATA/postgresql.conf" \
    || echo "include_if_exists = 'cbccvc-archive.conf'" >>"$PGDATA/postgresql.conf"
  if is_root; then chown postgres:postgres "$PGDATA/cbccvc-archive.conf" "$PGDATA/postgresql.conf"; fi
  return 0
}

pg_setting() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAc "show $1" 2>/dev/null; }

# After PostgreSQL is up: the stanza must exist before the first WAL file is pushed (idempotent, ~1 s).
# Also while archive_mode is still off, so that archiving works from the next restart on.
ensure_backup_stanza() {
  [ "$(grep -c '^archive_mode = on' "$PGDATA/cbccvc-archive.conf" 2>/dev/null)" = 1 ] || return 0
  pgbr stanza-create >>"$BACKUP_DIR/log/stanza-create.out" 2>&1 \
    || say "   pgBackRest could not create its stanza (see $BACKUP_DIR/log/): WAL archiving and backups will fail"
  [ "$(pg_setting archive_mode)" = "on" ] \
    || say "   WAL archiving is configured and starts with the next PostgreSQL restart (make stop && make run)"
  return 0
}

# The yearly archive: a copy of the backup store holding only the set just taken (a full one), restorable on
# its own: copy it to an empty backup store and run `CBCCVC_BACKUP_DIR=<that store> make restore`.
# archive_backup_set SET PGBR_LABEL: does nothing without ARCHIVE_DIR, or when this year's archive exists.
archive_backup_set() {
  local set="$1" label="$2" year dest tmp conf
  [ -n "$ARCHIVE_DIR" ] || return 0
  year="${set:0:4}"; dest="$ARCHIVE_DIR/$year"; tmp="$ARCHIVE_DIR/.$year.partial"
  [ ! -d "$dest" ] || return 0  # this year's archive was taken already
  rm -rf "$tmp"; mkdir -p "$tmp/sets" "$tmp/documents" "$tmp/keycloak" "$tmp/log" "$tmp/lock"
  cp -a "$BACKUP_DIR/pgbackrest" "$tmp/"
  cp -a "$BACKUP_DIR/sets/$set.json" "$tmp/sets/"
  cp -a "$BACKUP_DIR/documents/$set" "$tmp/documents/"  # hard links into older sets become files
  [ ! -d "$BACKUP_DIR/keycloak/$set" ] || cp -a "$BACKUP_DIR/keycloak/$set" "$tmp/keycloak/"
  # Only this backup stays in the copy (and the WAL from it on): expire the others there.
  conf="$tmp/pgbackrest.conf"
  sed -e "s|^repo1-path=.*|repo1-path=$tmp/pgbackrest|" -e "s|^repo1-retention-full=.*|repo1-retention-full=1|" \
      -e "s|^repo1-retention-diff=.*|repo1-retention-diff=1|" -e "s|^log-path=.*|log-path=$tmp/log|" \
      -e "s|^lock-path=.*|lock-path=$tmp/lock|" "$PGBR_CONF" >"$conf"
  if is_root; then chown -R postgres:postgres "$tmp/pgbackrest" "$tmp/log" "$tmp/lock"; fi
  as_postgres pgbackrest --config="$conf" --stanza="$PGBR_STANZA" expire >/dev/null \
    || die "could not trim the archive copy in $tmp" "read $tmp/log/"
  as_postgres pgbackrest --config="$conf" --stanza="$PGBR_STANZA" --output=json info | grep -q "\"$label\"" \
    || die "the archive copy in $tmp lacks the backup $label" "remove it and run the backup again"
  rm -f "$conf"; mv "$tmp" "$dest"
  if [ "$ARCHIVE_YEARS" -gt 0 ] 2>/dev/null; then
    say "   archived: set $set in $dest (kept $ARCHIVE_YEARS years)"
    local d
    for d in "$ARCHIVE_DIR"/[0-9][0-9][0-9][0-9]; do
      [ -d "$d" ] && [ "$(basename "$d")" -le $((year - ARCHIVE_YEARS)) ] || continue
      rm -rf "$d"; say "   archive of $(basename "$d") deleted (older than $ARCHIVE_YEARS years)"
    done
  else
    say "   archived: set $set in $dest (kept for good)"
  fi
}
