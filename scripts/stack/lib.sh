# shellcheck shell=bash
# Functions behind scripts/stack.sh. Sourced, never run alone.

SERVICES=(identity personnel org transfer reporting notify)
INFRA=(postgres redis s3 kafka keycloak mailpit)

STACK_DIR="$ROOT/.stack"
LOG_DIR="$STACK_DIR/log"
RUN_DIR="$STACK_DIR/run"
CONF_DIR="$STACK_DIR/conf"
DATA_DIR="${CBCCVC_DATA_DIR:-$STACK_DIR/data}"
# Downloads and builds are shared by every checkout on the machine; data is per checkout.
CACHE_DIR="${CBCCVC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cbccvc}"
VENV="$ROOT/.venv"
# Backups go to a store that is not the live data (kept by `make reset`); put it on another disk or mount.
BACKUP_DIR="${CBCCVC_BACKUP_DIR:-$STACK_DIR/backups}"
MONITORING=(prometheus alertmanager node-exporter postgres-exporter redis-exporter ops-exporter backup-scheduler)

# stack/stack.env holds the defaults; a value already in the environment (or in the git-ignored
# stack/stack.local.env) wins, so a developer can move any port without editing a committed file.
load_env_file() {
  local line key
  while IFS= read -r line; do
    [[ "$line" =~ ^([A-Z_0-9]+)=(.*)$ ]] || continue
    key="${BASH_REMATCH[1]}"
    [ -n "${!key+x}" ] || export "$key=${BASH_REMATCH[2]}"
  done <"$1"
}
[ -f "$ROOT/stack/stack.local.env" ] && load_env_file "$ROOT/stack/stack.local.env"
load_env_file "$ROOT/stack/stack.env"

KAFKA_HOME="$CACHE_DIR/kafka-$KAFKA_VERSION"
KC_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
S3_BIN="$CACHE_DIR/bin/versitygw-$VERSITYGW_VERSION"
MAILPIT_BIN="$CACHE_DIR/bin/mailpit-$MAILPIT_VERSION"
KUSTOMIZE_VERSION="${KUSTOMIZE_VERSION:-v5.8.1}"  # tests/deploy reads the same pin
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.7.0}"  # tests/deploy reads the same pin
SUPERVISORCTL=("$VENV/bin/supervisorctl" -c "$CONF_DIR/supervisord.conf")

say() { printf '%s\n' "$*" >&2; }
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
  printf '\n\033[31mLỖI / ERROR: %s\033[0m\n' "$1" >&2
  [ -n "${2:-}" ] && printf 'Cách xử lý / what to do: %s\n' "$2" >&2
  exit 1
}
is_root() { [ "$(id -u)" = 0 ]; }

# ---------------------------------------------------------------- install

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "apt-get install ${missing[*]}"
  local sudo=""; is_root || sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } \
      >"$LOG_DIR/apt.log" 2>&1; then
    tail -20 "$LOG_DIR/apt.log" >&2
    die "could not install Debian packages: ${missing[*]}" "check that apt-get works (see $LOG_DIR/apt.log), then run again"
  fi
}

install_kafka() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  step "Kafka $KAFKA_VERSION jars from Maven Central"
  rm -rf "$KAFKA_HOME"; mkdir -p "$KAFKA_HOME/libs"
  # The dependency plugin version is pinned: Maven 3.8's default is an old 2.x release.
  if ! mvn -B -q -f "$ROOT/stack/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/libs" >"$LOG_DIR/install-kafka.log" 2>&1; then
    tail -20 "$LOG_DIR/install-kafka.log" >&2
    die "could not fetch Kafka $KAFKA_VERSION from Maven Central" "check Maven can reach Maven Central; log: $LOG_DIR/install-kafka.log"
  fi
  touch "$KAFKA_HOME/.complete"
}

install_keycloak() {
  [ -f "$KC_HOME/.complete" ] && return 0
  step "Keycloak $KEYCLOAK_VERSION from Maven Central"
  local dl="$CACHE_DIR/downloads"; mkdir -p "$dl"
  if [ ! -s "$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" ]; then
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$dl" >"$LOG_DIR/install-keycloak.log" 2>&1 \
      || die "could not fetch Keycloak $KEYCLOAK_VERSION from Maven Central" "see $LOG_DIR/install-keycloak.log; another served 26.x version can be set in stack/stack.env"
  fi
  rm -rf "$KC_HOME"
  unzip -q "$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$CACHE_DIR" \
    || die "could not unpack the Keycloak zip" "delete $dl and run again"
  chmod +x "$KC_HOME"/bin/*.sh
  touch "$KC_HOME/.complete"
}

go_install_cached() { # go_install_cached NAME MODULE@VERSION TARGET: build a Go program once into the cache
  local name="$1" module="$2" target="$3"
  [ -x "$target" ] && return 0
  step "$name (${module##*@}) through the Go module proxy (first time: a few minutes)"
  command -v go >/dev/null || die "Go is not installed" "install Go 1.25 or newer"
  local gobin; gobin="$(mktemp -d "$CACHE_DIR/gobin-XXXX")"; mkdir -p "$(dirname "$target")"
  if ! GOBIN="$gobin" CGO_ENABLED=0 go install "$module" >"$LOG_DIR/install-$name.log" 2>&1; then
    tail -20 "$LOG_DIR/install-$name.log" >&2
    die "could not build $name" "see $LOG_DIR/install-$name.log"
  fi
  mv "$gobin"/* "$target"; rm -rf "$gobin"
}

install_s3() {
  go_install_cached versitygw "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW_VERSION" "$S3_BIN"
}

install_mailpit() {
  # The local SMTP server (notify's e-mails land there; read them at http://127.0.0.1:$MAILPIT_HTTP_PORT).
  go_install_cached mailpit "github.com/axllent/mailpit@$MAILPIT_VERSION" "$MAILPIT_BIN"
}

install_kustomize() {
  # Only the deploy/k8s manifest tests need it.
  go_install_cached kustomize "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION" \
    "$CACHE_DIR/bin/kustomize-$KUSTOMIZE_VERSION"
}

install_kubeconform() {
  # Only the deploy/k8s manifest tests need it (schemas kept in deploy/k8s/schemas, offline).
  go_install_cached kubeconform "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION" \
    "$CACHE_DIR/bin/kubeconform-$KUBECONFORM_VERSION"
}

install_python() {
  if ! command -v uv >/dev/null; then
    step "uv from PyPI"
    python3 -m pip install -q uv >"$LOG_DIR/install-uv.log" 2>&1 || die "could not install uv" "see $LOG_DIR/install-uv.log"
  fi
  # --frozen: the lock file is the truth; a changed pyproject without a new lock is an error.
  ( cd "$ROOT" && UV_PYTHON_DOWNLOADS=never uv sync --frozen --all-packages --python "$(command -v python3)" -q ) \
    >"$LOG_DIR/install-python.log" 2>&1 || { tail -20 "$LOG_DIR/install-python.log" >&2;
      die "could not install the Python dependencies" "run 'uv lock' if pyproject.toml changed; log: $LOG_DIR/install-python.log"; }
}

install_web() {
  [ -f "$ROOT/web/package.json" ] || return 0
  local stamp="$ROOT/web/node_modules/.installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/web/package-lock.json" -nt "$stamp" ]; then
    step "web dependencies (npm ci)"
    ( cd "$ROOT/web" && npm ci --no-audit --no-fund --loglevel=error ) >"$LOG_DIR/install-web.log" 2>&1 \
      || { tail -20 "$LOG_DIR/install-web.log" >&2; die "npm ci failed in web/" "see $LOG_DIR/install-web.log"; }
    touch "$stamp"
  fi
  if [ ! -f "$ROOT/web/dist/index.html" ] || [ -n "$(find "$ROOT/web/src" "$ROOT/web/index.html" "$ROOT/web/package.json" -newer "$ROOT/web/dist/index.html" -print -quit 2>/dev/null)" ]; then
    step "web client build"
    ( cd "$ROOT/web" && npm run build ) >"$LOG_DIR/build-web.log" 2>&1 \
      || { tail -30 "$LOG_DIR/build-web.log" >&2; die "the web client does not build" "see $LOG_DIR/build-web.log"; }
  fi
}

install_all() {
  mkdir -p "$LOG_DIR" "$RUN_DIR" "$CONF_DIR" "$DATA_DIR" "$CACHE_DIR"
  apt_install postgresql redis-server nginx unzip curl chromium libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-liberation poppler-utils \
    prometheus prometheus-alertmanager prometheus-node-exporter prometheus-postgres-exporter prometheus-redis-exporter \
    pgbackrest
  install_python
  install_kafka
  install_keycloak
  install_s3
  install_mailpit
  install_kustomize
  install_kubeconform
  install_web
}

# ---------------------------------------------------------------- configuration

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL refuses to run as root, and the postgres user must be able to reach its data dir.
pg_data_dir() {
  local d="$DATA_DIR/pg"
  if is_root && ! runuser -u postgres -- test -x "$DATA_DIR" 2>/dev/null; then
    d="${TMPDIR:-/tmp}/cbccvc-stack-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)/pg"
  fi
  printf '%s' "$d"
}

render() { # render TEMPLATE OUT: replace @VAR@ by the value of VAR
  local tpl="$1" out="$2" content
  content="$(cat "$tpl")"
  for v in $(grep -oE '@[A-Z0-9_]+@' "$tpl" | sort -u | tr -d '@'); do
    [ -n "${!v+x}" ] || die "template $tpl names @$v@, which has no value" "add $v to stack/stack.env"
    content="${content//@$v@/${!v}}"
  done
  printf '%s\n' "$content" >"$out"
}

render_configs() {
  export STACK_DIR DATA_DIR LOG_DIR RUN_DIR CONF_DIR ROOT VENV KAFKA_HOME KC_HOME S3_BIN MAILPIT_BIN CACHE_DIR BACKUP_DIR
  PGBIN="$(pg_bin)"; PGDATA="$(pg_data_dir)"; export PGBIN PGDATA
  [ -n "$PGBIN" ] || die "PostgreSQL binaries not found" "run scripts/stack.sh install"
  WEB_DIST="$ROOT/web/dist"; export WEB_DIST
  if is_root; then NGINX_USER_LINE="user root;"; PG_USER_LINE="user=postgres"; else NGINX_USER_LINE=""; PG_USER_LINE=""; fi
  export NGINX_USER_LINE PG_USER_LINE
  render "$ROOT/stack/kafka/server.properties.in" "$CONF_DIR/kafka-server.properties"
  mkdir -p "$STACK_DIR/nginx/logs" "$STACK_DIR/nginx/tmp" "$STACK_DIR/nginx/conf"
  render "$ROOT/stack/nginx/nginx.conf.in" "$STACK_DIR/nginx/conf/nginx.conf"
  cp /etc/nginx/mime.types "$STACK_DIR/nginx/conf/mime.types"
  cp "$ROOT/stack/nginx/api-routes.conf" "$ROOT/stack/nginx/proxy_params.conf" "$STACK_DIR/nginx/conf/"
  "$VENV/bin/python" "$ROOT/scripts/stack/monitoring_conf.py" >"$CONF_DIR/prometheus.yml"
  "$VENV/bin/python" "$ROOT/scripts/stack/supervisor_conf.py" >"$CONF_DIR/supervisord.conf"
}

# ---------------------------------------------------------------- start and health

supervisor_running() { [ -S "$RUN_DIR/supervisor.sock" ] && "${SUPERVISORCTL[@]}" pid >/dev/null 2>&1; }

port_of() {
  case "$1" in
    postgres) echo "$PG_PORT" ;; redis) echo "$REDIS_PORT" ;; s3) echo "$S3_PORT" ;;
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;; keycloak) echo "$KEYCLOAK_PORT $KEYCLOAK_MGMT_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;; mailpit) echo "$MAILPIT_SMTP_PORT $MAILPIT_HTTP_PORT" ;;
    node-exporter) echo "$NODE_EXPORTER_PORT" ;; postgres-exporter) echo "$POSTGRES_EXPORTER_PORT" ;;
    redis-exporter) echo "$REDIS_EXPORTER_PORT" ;; ops-exporter) echo "$OPS_EXPORTER_PORT" ;;
    backup-scheduler) ;;
    *) local var="${1^^}_PORT"; echo "${!var}" ;;
  esac
}

port_busy() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

check_ports_free() { # before our supervisor runs, every port of ours must be free
  local name p
  for name in "$@"; do
    for p in $(port_of "$name"); do
      if port_busy "$p"; then
        die "port $p (for $name) is already taken by another program" \
          "stop that program (see: ss -ltnp 'sport = :$p'), or choose another port in stack/stack.local.env, e.g. ${name^^}_PORT=..."
      fi
    done
  done
}

wait_for() { # wait_for NAME SECONDS CMD...
  local name="$1" secs="$2"; shift 2
  local t0=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if ! "${SUPERVISORCTL[@]}" status "$name" 2>/dev/null | grep -qE 'RUNNING|STARTING'; then
      tail -40 "$LOG_DIR/$name.log" >&2 2>/dev/null || true
      die "$name stopped while starting" "read $LOG_DIR/$name.log"
    fi
    if (( SECONDS - t0 > secs )); then
      tail -40 "$LOG_DIR/$name.log" >&2 2>/dev/null || true
      die "$name did not become healthy within ${secs}s" "read $LOG_DIR/$name.log"
    fi
    sleep 1
  done
  say "   $name: ok ($((SECONDS - t0))s)"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

start_programs() { "${SUPERVISORCTL[@]}" start "$@" >/dev/null 2>&1 || true; }

start_infra() {
  render_configs
  if ! supervisor_running; then
    check_ports_free "${INFRA[@]}"
    step "supervisord (logs in $LOG_DIR)"
    "$VENV/bin/supervisord" -c "$CONF_DIR/supervisord.conf" || die "supervisord did not start" "read $LOG_DIR/supervisord.log"
    for _ in $(seq 50); do supervisor_running && break; sleep 0.2; done
  else
    "${SUPERVISORCTL[@]}" update >/dev/null 2>&1 || true
  fi
  init_postgres
  step "backing servers"
  start_programs postgres redis s3 kafka
  wait_for postgres 60 "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT"
  ensure_backup_stanza
  create_database keycloak
  start_programs keycloak mailpit
  wait_for redis 30 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping
  wait_for s3 30 http_ok "http://127.0.0.1:$S3_PORT/healthz"
  wait_for mailpit 30 http_ok "http://127.0.0.1:$MAILPIT_HTTP_PORT/readyz"
  wait_for kafka 180 "$VENV/bin/python" "$ROOT/scripts/stack/health.py" kafka "127.0.0.1:$KAFKA_PORT"
  wait_for keycloak 300 http_ok "http://127.0.0.1:$KEYCLOAK_MGMT_PORT/auth/health/ready"
  wait_for keycloak 60 http_ok "http://127.0.0.1:$KEYCLOAK_PORT/auth/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"
  # Keycloak imports the realm file only into a new realm; what the services need from it later is
  # applied to an existing realm through the admin API (idempotent).
  # The stack's own port (a second stack on other ports must not provision the first one's Keycloak).
  CBCCVC_KEYCLOAK_INTERNAL_URL="http://127.0.0.1:$KEYCLOAK_PORT/auth" \
    "$VENV/bin/python" -m identity.keycloak_provision >"$LOG_DIR/keycloak-provision.log" 2>&1 \
    || { tail -20 "$LOG_DIR/keycloak-provision.log" >&2; die "could not apply the realm's clients to Keycloak" "read $LOG_DIR/keycloak-provision.log"; }
}

# Settings that follow the machine are rewritten on every start into a file postgresql.conf includes, so an
# existing cluster picks them up too. Shared buffers: a quarter of memory up to 4 GB; at 256 MB a search
# over 2 million people read most heap pages from the OS cache (130 ms instead of 23 ms for 11,000 rows).
tune_postgres() {
  local mem_mb buffers_mb
  mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  buffers_mb=$(( mem_mb / 4 )); (( buffers_mb > 4096 )) && buffers_mb=4096; (( buffers_mb < 128 )) && buffers_mb=128
  cat >"$PGDATA/cbccvc-tuning.conf" <<EOF
# Written by scripts/stack/lib.sh at every start; edits are lost.
shared_buffers = ${buffers_mb}MB
effective_cache_size = $(( mem_mb / 2 ))MB
# A commit is on disk before it is acknowledged. With it off, a crash of PostgreSQL lost the last commits
# after the consumers had already committed their Kafka offsets past those events (found by the chaos
# test: a move decided in transfer never reached the record). Clusters made before say off; this wins.
synchronous_commit = on
EOF
  grep -q "cbccvc-tuning.conf" "$PGDATA/postgresql.conf" \
    || echo "include_if_exists = 'cbccvc-tuning.conf'" >>"$PGDATA/postgresql.conf"
  if is_root; then chown postgres:postgres "$PGDATA/cbccvc-tuning.conf" "$PGDATA/postgresql.conf"; fi
  configure_wal_archiving
}

init_postgres() {
  [ -f "$PGDATA/PG_VERSION" ] && { tune_postgres; return 0; }
  step "PostgreSQL cluster (first time)"
  local as_pg=()
  mkdir -p "$PGDATA"
  if is_root; then chown -R postgres:postgres "$(dirname "$PGDATA")"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$LOG_DIR/initdb.log" 2>&1 || die "initdb failed" "read $LOG_DIR/initdb.log"
  cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PGDATA'
max_connections = 300
# Short OLTP queries (search, record load): JIT compilation costs more than it saves (40-100 ms on a
# 2-core machine for a 20-row search page); the data sits on SSD or in the page cache.
jit = off
random_page_cost = 1.1
work_mem = 16MB
EOF
  tune_postgres
}

create_database() {
  local db="$1"
  if ! psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database \"$db\"" >/dev/null \
      || die "could not create database $db" "is PostgreSQL running? see $LOG_DIR/postgres.log"
  fi
}

# Least privilege (issue 15.3): <service>_owner owns the service's database and runs its migrations, which
# end by granting <service>_app (what the service connects as, owning nothing) the rows of its tables and
# only SELECT and INSERT on the audit tables (common.migrations.grant_app_role).
secure_database() {
  local db="$1"
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -qAt -v owner="${db}_owner" -v app="${db}_app" -v db="$db" \
    -f "$ROOT/scripts/stack/db_roles.sql" >>"$LOG_DIR/migrate-$db.log" 2>&1 \
    || die "could not set the roles of database $db" "read $LOG_DIR/migrate-$db.log"
}

prepare_databases() {
  step "databases and migrations"
  local s
  for s in "${SERVICES[@]}"; do
    [ -f "$ROOT/services/$s/alembic.ini" ] || continue
    create_database "$s"
    : >"$LOG_DIR/migrate-$s.log"
    secure_database "$s"
    ( cd "$ROOT/services/$s" && "$VENV/bin/alembic" -x "url=postgresql+asyncpg://${s}_owner@127.0.0.1:$PG_PORT/$s" \
        -x "app_role=${s}_app" upgrade heads ) \
      >>"$LOG_DIR/migrate-$s.log" 2>&1 \
      || { tail -20 "$LOG_DIR/migrate-$s.log" >&2; die "migrations of $s failed" "read $LOG_DIR/migrate-$s.log"; }
  done
}

start_services() {
  render_configs
  local s names=()
  for s in "${SERVICES[@]}"; do
    [ -d "$ROOT/services/$s/src" ] || continue
    if ! "${SUPERVISORCTL[@]}" status "$s" 2>/dev/null | grep -q RUNNING; then check_ports_free "$s"; fi
    names+=("$s")
  done
  if "${SUPERVISORCTL[@]}" status gateway 2>/dev/null | grep -q RUNNING; then
    # A running nginx re-reads the configuration just rendered (supervisord's update does not restart it).
    "${SUPERVISORCTL[@]}" signal HUP gateway >/dev/null 2>&1 || true
  else
    check_ports_free gateway
  fi
  step "services"
  start_programs "${names[@]}" gateway
  for s in "${SERVICES[@]}"; do
    [ -d "$ROOT/services/$s/src" ] || continue
    local var="${s^^}_PORT"
    wait_for "$s" 120 http_ok "http://127.0.0.1:${!var}/health/ready"
  done
  wait_for gateway 30 http_ok "http://127.0.0.1:$GATEWAY_PORT/healthz"
}

# Prometheus, Alertmanager and the exporters, after the services so that the first scrape finds them up.
start_monitoring() {
  local m
  for m in "${MONITORING[@]}"; do
    if ! "${SUPERVISORCTL[@]}" status "$m" 2>/dev/null | grep -q RUNNING; then check_ports_free "$m"; fi
  done
  step "monitoring (Prometheus http://127.0.0.1:$PROMETHEUS_PORT/, Alertmanager http://127.0.0.1:$ALERTMANAGER_PORT/)"
  mkdir -p "$DATA_DIR/prometheus" "$DATA_DIR/alertmanager"
  start_programs "${MONITORING[@]}"
  wait_for node-exporter 30 http_ok "http://127.0.0.1:$NODE_EXPORTER_PORT/metrics"
  wait_for postgres-exporter 30 http_ok "http://127.0.0.1:$POSTGRES_EXPORTER_PORT/metrics"
  wait_for redis-exporter 30 http_ok "http://127.0.0.1:$REDIS_EXPORTER_PORT/metrics"
  wait_for ops-exporter 60 http_ok "http://127.0.0.1:$OPS_EXPORTER_PORT/metrics"
  wait_for alertmanager 60 http_ok "http://127.0.0.1:$ALERTMANAGER_PORT/-/ready"
  wait_for prometheus 60 http_ok "http://127.0.0.1:$PROMETHEUS_PORT/-/ready"
  # A running Prometheus reads a changed prometheus.yml or rule file on reload (cheap, keeps its data).
  curl -fsS -o /dev/null -X POST --max-time 5 "http://127.0.0.1:$PROMETHEUS_PORT/-/reload" || true
}

load_demo_once() {
  # Each part of the demo is loaded once (demo.py keeps a marker per part in $DATA_DIR), so a stack made
  # before a part existed gets that part on its next start.
  local marker missing=0
  for marker in $(grep -o '"\.demo-[a-z-]*loaded"' "$ROOT/scripts/demo.py" | tr -d '"'); do
    [ -f "$DATA_DIR/$marker" ] || missing=1
  done
  [ "$missing" = 0 ] && return 0  # every part of demo.py's PARTS is loaded
  step "demo data (once)"
  "$VENV/bin/python" "$ROOT/scripts/demo.py" --markers "$DATA_DIR" >"$LOG_DIR/demo.log" 2>&1 \
    || { tail -20 "$LOG_DIR/demo.log" >&2; die "loading the demo data failed" "read $LOG_DIR/demo.log; it is retried on the next 'make run'"; }
}

print_welcome() {
  cat <<EOF

  Hệ thống quản lý CSDL CBCCVC đang chạy / the system is running:

      http://127.0.0.1:$GATEWAY_PORT/

  Tài khoản demo / demo accounts (password for all: Demo@2026):
      snv.admin      Sở Nội vụ — quản trị toàn tỉnh / provincial administrator
      snv.leader     Sở Nội vụ — lãnh đạo kiểm duyệt / approving leader
      stp.officer    Sở Tư pháp — cán bộ nhập liệu / personnel officer
      xa.ngocduong   Xã Ngọc Đường — cán bộ nhập liệu / commune officer
  snv.admin và sysadmin nhập thêm mã xác thực một lần / administrators also type a one-time code:
      $VENV/bin/python -m common.testing.totp   (the code now, and the development-only key for an app)
  Keycloak admin console: http://127.0.0.1:$GATEWAY_PORT/auth/admin/  ($KEYCLOAK_ADMIN_USER / $KEYCLOAK_ADMIN_PASSWORD, local only)
  Logs: $LOG_DIR      Stop: make stop

EOF
}

# ---------------------------------------------------------------- stop and status

stop_all() {
  if supervisor_running; then
    step "stopping the stack"
    local pid; pid="$(cat "$RUN_DIR/supervisord.pid" 2>/dev/null || true)"
    "${SUPERVISORCTL[@]}" stop all >/dev/null 2>&1 || true
    "${SUPERVISORCTL[@]}" shutdown >/dev/null 2>&1 || true
    for _ in $(seq 60); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    say "   stopped"
  else
    say "   the stack is not running"
  fi
}

status() {
  if supervisor_running; then "${SUPERVISORCTL[@]}" status; else say "the stack is not running"; fi
}

# shellcheck source=backup_lib.sh
source "$ROOT/scripts/stack/backup_lib.sh"
