#!/usr/bin/env bash
# Creates, once, every Secret the manifests refer to, with random values (nothing secret is committed).
# Re-running it leaves existing Secrets alone, so it never rotates a password behind a running database.
#   deploy/k8s/overlays/single-cluster/make-secrets.sh [namespace]
# The TLS certificate (Secret cbccvc-tls) comes from cert-manager or the province's CA; see the README.
set -euo pipefail
NS="${1:-cbccvc}"

rand() { openssl rand -hex 24; }  # hex: safe inside the database URLs the services build

exists() { kubectl -n "$NS" get secret "$1" >/dev/null 2>&1; }

create_secret() { # create_secret NAME TYPE KEY=VALUE...
  local name="$1" type="$2"; shift 2
  if exists "$name"; then echo "secret/$name exists, kept"; return 0; fi
  local args=()
  for kv in "$@"; do args+=("--from-literal=$kv"); done
  kubectl -n "$NS" create secret generic "$name" --type="$type" "${args[@]}"
  # CloudNativePG reloads role passwords from Secrets carrying this label.
  kubectl -n "$NS" label secret "$name" cnpg.io/reload=true >/dev/null
}

kubectl get namespace "$NS" >/dev/null 2>&1 || kubectl create namespace "$NS"

for svc in identity personnel org transfer reporting notify; do
  create_secret "$svc-db" kubernetes.io/basic-auth "username=$svc" "password=$(rand)"
  create_secret "$svc-db-app" kubernetes.io/basic-auth "username=${svc}_app" "password=$(rand)"
done
create_secret keycloak-db kubernetes.io/basic-auth username=keycloak "password=$(rand)"
create_secret keycloak-admin kubernetes.io/basic-auth username=admin "password=$(rand)"
create_secret cbccvc-keycloak-clients Opaque "services-secret=$(rand)" "identity-admin-secret=$(rand)"
# The audit key (common.audit_heads): services sign their chains' heads with the seed; identity verifies
# with the public half. Neither is in any database.
audit_seed="$(openssl rand -base64 32)"
audit_public="$(python3 -c 'import base64,sys; from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey as K; from cryptography.hazmat.primitives.serialization import Encoding as E, PublicFormat as F; print(base64.b64encode(K.from_private_bytes(base64.b64decode(sys.argv[1])).public_key().public_bytes(E.Raw, F.Raw)).decode())' "$audit_seed")"
create_secret cbccvc-audit-key Opaque "signing-key=$audit_seed" "verify-key=$audit_public"
create_secret cbccvc-redis Opaque "password=$(rand)"
create_secret cbccvc-s3 Opaque "access-key=cbccvc-$(openssl rand -hex 4)" "secret-key=$(rand)"
# The province's SMTP relay account for notify's e-mails: empty for a relay that needs none; otherwise
# replace it with the relay's (kubectl -n $NS create secret generic notify-smtp ... --dry-run=client -o yaml | kubectl apply -f -).
create_secret notify-smtp Opaque "username=" "password="
# The province's backup store (S3, not this cluster's MinIO) for CloudNativePG's WAL archive and base
# backups: its keys come from the store's administrator, in BACKUP_S3_ACCESS_KEY and BACKUP_S3_SECRET_KEY.
create_secret cbccvc-backup-s3 Opaque "access-key=${BACKUP_S3_ACCESS_KEY:-set-BACKUP_S3_ACCESS_KEY}" \
  "secret-key=${BACKUP_S3_SECRET_KEY:-set-BACKUP_S3_SECRET_KEY}"

echo "Keycloak's first administrator: kubectl -n $NS get secret keycloak-admin -o jsonpath='{.data.password}' | base64 -d"
