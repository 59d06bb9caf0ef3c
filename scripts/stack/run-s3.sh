#!/usr/bin/env bash
# versitygw: a real S3 server (SigV4, presigned URLs) storing objects as files.
set -euo pipefail
mkdir -p "$DATA_DIR/s3" "$DATA_DIR/s3-versions"
export ROOT_ACCESS_KEY_ID="$S3_ACCESS_KEY" ROOT_SECRET_ACCESS_KEY="$S3_SECRET_KEY"
exec "$S3_BIN" --port "127.0.0.1:$S3_PORT" --health /healthz --quiet \
  posix --versioning-dir "$DATA_DIR/s3-versions" "$DATA_DIR/s3"
