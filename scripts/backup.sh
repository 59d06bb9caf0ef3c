#!/usr/bin/env bash
# `make backup`: one backup set now, into BACKUP_DIR (.stack/backups unless CBCCVC_BACKUP_DIR says otherwise):
#   PostgreSQL by pgBackRest (every service's database and Keycloak's; WAL is archived continuously, so a
#   restore can stop at any moment after this backup), the S3 documents, and Keycloak's realm export.
#   scripts/backup.sh [full|diff|incr]    default incr (pgBackRest takes a full one when there is none)
# Old backups expire by the retention of backup_lib.sh; the documents and realm copies of an expired
# PostgreSQL backup go with it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=stack/lib.sh
source "$ROOT/scripts/stack/lib.sh"
TYPE="${1:-${BACKUP_TYPE:-incr}}"
case "$TYPE" in full|diff|incr) ;; *) die "unknown backup type '$TYPE'" "use full, diff or incr" ;; esac
mkdir -p "$DATA_DIR"  # pg_data_dir decides by whether the postgres user can enter it: it must exist
PGBIN="$(pg_bin)"; PGDATA="${CBCCVC_PGDATA:-$(pg_data_dir)}"; export PGBIN PGDATA
export BACKUP_DIR S3_PORT S3_ACCESS_KEY S3_SECRET_KEY KEYCLOAK_PORT KEYCLOAK_ADMIN_USER KEYCLOAK_ADMIN_PASSWORD KEYCLOAK_REALM
TOOL=("$VENV/bin/python" "$ROOT/scripts/stack/backup_tool.py")
SET="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$BACKUP_DIR/sets" "$BACKUP_DIR/documents" "$BACKUP_DIR/keycloak" "$LOG_DIR"
write_pgbackrest_conf
t0=$SECONDS

"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL does not answer on port $PG_PORT" "start the stack (make run)"
[ "$(pg_setting archive_mode)" = "on" ] || die "PostgreSQL runs without WAL archiving, so no point-in-time restore is possible" \
  "the stack turns it on at PostgreSQL's next start: make stop && make run, then make backup"

step "PostgreSQL ($TYPE backup, pgBackRest)"
pgbr stanza-create >/dev/null 2>&1 || true
pgbr --type="$TYPE" backup || die "pgBackRest backup failed" "read $BACKUP_DIR/log/$PGBR_STANZA-backup.log"
info="$(pgbr --output=json info)"
read -r PGBR_LABEL PG_BYTES PG_REPO_BYTES PG_STOP < <(python3 -c '
import json, sys
b = json.loads(sys.argv[1])[0]["backup"][-1]
print(b["label"], b["info"]["size"], b["info"]["repository"]["delta"], b["timestamp"]["stop"])' "$info")
PG_MAJOR="$(as_postgres "$PGBIN/postgres" --version | grep -oE '[0-9]+' | head -1)"
SYSID="$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc 'select system_identifier from pg_control_system()')"
REVISIONS="$(for db in $(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select datname from pg_database where not datistemplate"); do
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -tAc \
    "select version_num from alembic_version" 2>/dev/null || true; done | sort -u | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read().split()))')"
"${TOOL[@]}" status postgres "bytes=$PG_BYTES" "repository_bytes=$PG_REPO_BYTES" "label=$PGBR_LABEL"
say "   $PGBR_LABEL: $PG_BYTES bytes of database, $PG_REPO_BYTES bytes added to the repository"

step "documents (S3 mirror)"
prev="$(find "$BACKUP_DIR/documents" -mindepth 1 -maxdepth 1 -type d | sort | tail -1)"
docs="$("${TOOL[@]}" documents-backup "$BACKUP_DIR/documents/$SET" ${prev:+--previous "$prev"})" \
  || die "could not mirror the documents" "is the S3 server up (port $S3_PORT)?"
read -r DOC_N DOC_BYTES DOC_SHA < <(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["objects"], d["bytes"], d["manifest_sha256"])' "$docs")
"${TOOL[@]}" status documents "bytes=$DOC_BYTES" "objects=$DOC_N"
say "   $DOC_N objects, $DOC_BYTES bytes"

KC_FILE=""; KC_SHA=""
if [ "${CBCCVC_BACKUP_KEYCLOAK:-1}" = 1 ]; then
  step "Keycloak realm export"
  if kc="$("${TOOL[@]}" keycloak-export "$BACKUP_DIR/keycloak/$SET" 2>>"$LOG_DIR/backup-keycloak.log")"; then
    read -r KC_FILE KC_SHA < <(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["file"], d["sha256"])' "$kc")
    KC_FILE="${KC_FILE#"$BACKUP_DIR/"}"
    "${TOOL[@]}" status keycloak
  else
    say "   Keycloak did not answer: no realm export in this set (its accounts are in the PostgreSQL backup)"
  fi
fi

"${TOOL[@]}" set-write "$BACKUP_DIR/sets/$SET.json" "label=$SET" "taken_at=$(date -u +%FT%TZ)" \
  "postgres.pgbackrest_label=$PGBR_LABEL" "postgres.type=$TYPE" "postgres.major=$PG_MAJOR" "postgres.system_id=$SYSID" \
  "postgres.stop_epoch=$PG_STOP" "postgres.revisions=$REVISIONS" \
  "documents.dir=documents/$SET" "documents.manifest_sha256=$DOC_SHA" "documents.objects=$DOC_N" \
  "keycloak.file=$KC_FILE" "keycloak.sha256=$KC_SHA" "code.commit=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)"

# The copies that belong to PostgreSQL backups pgBackRest has expired go with them.
for f in "$BACKUP_DIR"/sets/*.json; do
  label="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["postgres"]["pgbackrest_label"])' "$f" 2>/dev/null || echo '?')"
  if ! grep -q "\"$label\"" <<<"$info"; then
    s="$(basename "$f" .json)"; rm -rf "$BACKUP_DIR/documents/$s" "$BACKUP_DIR/keycloak/$s" "$f"; say "   expired: set $s"
  fi
done
# The first full backup of each year is also archived (backup_lib.sh: records of people who left are kept).
[ "$TYPE" != full ] || archive_backup_set "$SET" "$PGBR_LABEL"
say "   backup set $SET in $BACKUP_DIR ($((SECONDS - t0)) s)"
