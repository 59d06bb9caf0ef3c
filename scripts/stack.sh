#!/usr/bin/env bash
# The whole stack on one machine, without Docker: install into a cache, start, wait for health, stop.
#   scripts/stack.sh install   install whatever is missing (servers, Python and web dependencies)
#   scripts/stack.sh up        install, start everything (and Prometheus), migrate, load demo data once, print the URL
#   scripts/stack.sh infra     install and start only the backing servers (PostgreSQL, Redis, Kafka, Keycloak, S3)
#   scripts/stack.sh down      stop everything this stack started (data is kept)
#   scripts/stack.sh status    what runs
#   scripts/stack.sh reset     stop and delete all data (asks no question; used by nobody by default)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib.sh
source "$ROOT/scripts/stack/lib.sh"

cmd="${1:-up}"
case "$cmd" in
  install) install_all ;;
  up) install_all; start_infra; prepare_databases; start_services; start_monitoring; load_demo_once; print_welcome ;;
  infra) install_all; start_infra; prepare_databases ;;
  services) start_services ;;
  down) stop_all ;;
  status) status ;;
  reset) stop_all; rm -rf "$DATA_DIR" "$STACK_DIR/conf"; say "Đã xoá dữ liệu / all data deleted: $DATA_DIR" ;;
  *) die "unknown command '$cmd' (install | up | infra | down | status | reset)" ;;
esac
