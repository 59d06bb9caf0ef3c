#!/usr/bin/env bash
# Keycloak in the foreground for supervisord. Its data lives in the stack's PostgreSQL, so accounts
# survive a restart; the realm file is imported only when the realm does not exist yet.
set -euo pipefail
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m"
export KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
IMPORT_DIR="$KC_HOME/data/import"
rm -rf "$IMPORT_DIR"; mkdir -p "$IMPORT_DIR"
cp "$ROOT/stack/keycloak/cbccvc-realm.json" "$IMPORT_DIR/"
# The issuer is the address browsers use (through the gateway); services and tests may still
# talk to Keycloak directly, which the dynamic back channel allows.
exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MGMT_PORT" \
  --http-relative-path=/auth --hostname="http://127.0.0.1:$GATEWAY_PORT/auth" --hostname-backchannel-dynamic=true \
  --health-enabled=true --metrics-enabled=true \
  --db=postgres --db-url="jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" --db-username=postgres --db-password=unused \
  --import-realm
