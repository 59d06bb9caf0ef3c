"""The parts of scripts/backup.sh and scripts/restore.sh that are not pgBackRest's.

  documents-backup DEST [--previous DIR]   mirror the S3 buckets into DEST (a file per object, unchanged
                                           files hard-linked to the previous snapshot), with manifest.json
  documents-verify DIR                     every file is there with the size and SHA-256 of the manifest
  documents-restore DIR                    put every object back (same key, content type and metadata)
  keycloak-export DEST                     the realm's partial export (clients, roles, groups) through the
                                           admin API; accounts and credentials live in the keycloak
                                           database, which pgBackRest backs up with the rest
  set-write FILE key=value...              the backup set's manifest (what restore checks first)
  set-check FILE                           refuse a set that is damaged or from another version
  status KIND [key=value...]               record a finished backup or restore in status.json

The S3 server, buckets and credentials come from the stack's environment (S3_PORT, S3_ACCESS_KEY,
S3_SECRET_KEY); CBCCVC_BACKUP_BUCKETS (comma-separated) limits the buckets, otherwise every bucket but
the tests' (`test-…`) is mirrored."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SET_FORMAT = 1
# How old each kind of backup may be before the BackupTooOld alert (the scheduler takes one a day).
MAX_AGE = {"postgres": 26 * 3600, "documents": 26 * 3600, "keycloak": 26 * 3600}


def die(message: str, hint: str = "") -> None:
    print(f"LỖI / ERROR: {message}", file=sys.stderr)
    if hint:
        print(f"Cách xử lý / what to do: {hint}", file=sys.stderr)
    sys.exit(1)


def s3() -> Any:
    from minio import Minio

    env = os.environ
    return Minio(f"127.0.0.1:{env['S3_PORT']}", access_key=env["S3_ACCESS_KEY"], secret_key=env["S3_SECRET_KEY"],
                 secure=False, region="us-east-1")


def buckets(client: Any) -> list[str]:
    chosen = os.environ.get("CBCCVC_BACKUP_BUCKETS", "")
    if chosen:
        return [b for b in chosen.split(",") if b]
    return sorted(b.name for b in client.list_buckets() if not b.name.startswith("test-"))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def documents_backup(dest: Path, previous: Path | None) -> None:
    client = s3()
    prev_manifest = previous / "manifest.json" if previous else None
    prev = json.loads(prev_manifest.read_text()) if prev_manifest and prev_manifest.is_file() else {}
    prev_objects = {(o["bucket"], o["key"]): o for o in prev.get("objects", [])}
    dest.mkdir(parents=True)
    objects = []
    linked = 0
    for bucket in buckets(client):
        for obj in client.list_objects(bucket, recursive=True):
            rel = Path(bucket) / obj.object_name
            target = dest / "objects" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            stat = client.stat_object(bucket, obj.object_name)
            old = prev_objects.get((bucket, obj.object_name))
            if old and previous and old["etag"] == stat.etag and old["size"] == stat.size:
                os.link(previous / "objects" / rel, target)
                digest = old["sha256"]
                linked += 1
            else:
                resp = client.get_object(bucket, obj.object_name)
                try:
                    with target.open("wb") as f:
                        for chunk in resp.stream(1 << 20):
                            f.write(chunk)
                finally:
                    resp.close()
                    resp.release_conn()
                digest = sha256_file(target)
            meta = {k[len("x-amz-meta-"):]: v for k, v in (stat.metadata or {}).items()
                    if k.lower().startswith("x-amz-meta-")}
            objects.append({"bucket": bucket, "key": obj.object_name, "size": stat.size, "etag": stat.etag,
                            "sha256": digest, "content_type": stat.content_type, "metadata": meta})
    manifest = {"buckets": buckets(client), "objects": objects, "taken_at": time.time()}
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    total = sum(o["size"] for o in objects)
    print(json.dumps({"objects": len(objects), "bytes": total, "linked": linked,
                      "manifest_sha256": sha256_file(dest / "manifest.json")}))


def documents_verify(src: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((src / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        die(f"the documents backup {src} has no readable manifest ({exc})", "choose another backup set")
    for o in manifest["objects"]:
        path = src / "objects" / o["bucket"] / o["key"]
        if not path.is_file() or path.stat().st_size != o["size"] or sha256_file(path) != o["sha256"]:
            die(f"the documents backup is damaged: {o['bucket']}/{o['key']} differs from its manifest",
                "choose another backup set (nothing was changed)")
    return dict(manifest)


def documents_restore(src: Path) -> None:
    manifest = documents_verify(src)
    client = s3()
    for bucket in manifest["buckets"]:
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)
    for o in manifest["objects"]:
        data = (src / "objects" / o["bucket"] / o["key"]).read_bytes()
        client.put_object(o["bucket"], o["key"], io.BytesIO(data), len(data),
                          content_type=o.get("content_type") or "application/octet-stream",
                          metadata=o.get("metadata") or None)
    print(json.dumps({"restored": len(manifest["objects"])}))


def keycloak_export(dest: Path) -> None:
    import httpx

    env = os.environ
    base = f"http://127.0.0.1:{env['KEYCLOAK_PORT']}/auth"
    token = httpx.post(f"{base}/realms/master/protocol/openid-connect/token", timeout=30, data={
        "grant_type": "password", "client_id": "admin-cli",
        "username": env["KEYCLOAK_ADMIN_USER"], "password": env["KEYCLOAK_ADMIN_PASSWORD"]})
    token.raise_for_status()
    resp = httpx.post(f"{base}/admin/realms/{env['KEYCLOAK_REALM']}/partial-export", timeout=60,
                      params={"exportClients": "true", "exportGroupsAndRoles": "true"},
                      headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    resp.raise_for_status()
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / f"{env['KEYCLOAK_REALM']}-realm.json"
    out.write_text(json.dumps(resp.json(), indent=1, ensure_ascii=False))
    print(json.dumps({"file": str(out), "sha256": sha256_file(out), "bytes": out.stat().st_size}))


def known_revisions() -> set[str]:
    """Every Alembic revision this checkout knows, of every service and shared branch."""
    revs: set[str] = set()
    for path in list(ROOT.glob("services/*/migrations/versions/*.py")) + list(
            ROOT.glob("libs/common/src/common/migrations/**/*.py")):
        for line in path.read_text(errors="replace").splitlines():
            if line.startswith("revision") and "=" in line:
                revs.add(line.split("=", 1)[1].split("#")[0].strip().strip("'\""))
    return revs


def set_write(path: Path, fields: list[str]) -> None:
    data: dict[str, Any] = {"format": SET_FORMAT}
    for item in fields:
        key, _, value = item.partition("=")
        node = data
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = json.loads(value) if value[:1] in "[{" else value
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False))


def set_check(path: Path, pg_major: str) -> None:
    """Refuse, before anything is overwritten, a set that is unreadable, of another format, of another
    PostgreSQL major version, or whose schema is newer than this checkout knows."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        die(f"the backup set {path.name} is damaged or unreadable ({exc})",
            "choose another backup set; nothing was changed")
    if data.get("format") != SET_FORMAT:
        die(f"the backup set {path.name} has format {data.get('format')!r}, this version reads {SET_FORMAT}",
            "restore it with the version of the system that took it")
    if str(data["postgres"]["major"]) != pg_major:
        die(f"the backup set {path.name} is of PostgreSQL {data['postgres']['major']}, this machine runs {pg_major}",
            "install the PostgreSQL version of the backup, restore, then upgrade")
    unknown = sorted(set(data["postgres"].get("revisions", [])) - known_revisions())
    if unknown:
        die(f"the backup set {path.name} comes from another version of the system: its databases are at "
            f"migrations this checkout does not have ({', '.join(unknown)})",
            f"check out the version the backup was taken with (commit {data.get('code', {}).get('commit', '?')})")
    store = path.parent.parent
    copies = [(data["documents"]["dir"] + "/manifest.json", data["documents"]["manifest_sha256"])]
    if data.get("keycloak", {}).get("file"):
        copies.append((data["keycloak"]["file"], data["keycloak"]["sha256"]))
    for rel, digest in copies:
        if not (store / rel).is_file() or sha256_file(store / rel) != digest:
            die(f"the backup set {path.name} is damaged: {rel} is missing or differs from the set's record",
                "choose another backup set; nothing was changed")
    print(json.dumps({"label": data["label"], "pgbackrest": data["postgres"]["pgbackrest_label"]}))


def status(kind: str, fields: list[str]) -> None:
    path = Path(os.environ["BACKUP_DIR"]) / "status.json"
    data = json.loads(path.read_text()) if path.is_file() else {}
    data["max_age_seconds"] = MAX_AGE
    entry = {"finished_at": time.time()}
    for item in fields:
        key, _, value = item.partition("=")
        entry[key] = float(value) if value.replace(".", "", 1).isdigit() else value  # type: ignore[assignment]
    if kind in ("last_restore", "last_restore_rehearsal"):
        data[kind] = entry
    else:
        data.setdefault("kinds", {})[kind] = entry
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    tmp.replace(path)


def main(argv: list[str]) -> None:
    cmd, args = argv[0], argv[1:]
    if cmd == "documents-backup":
        previous = Path(args[2]) if len(args) > 2 and args[1] == "--previous" else None
        documents_backup(Path(args[0]), previous)
    elif cmd == "documents-verify":
        print(json.dumps({"objects": len(documents_verify(Path(args[0]))["objects"])}))
    elif cmd == "documents-restore":
        documents_restore(Path(args[0]))
    elif cmd == "keycloak-export":
        keycloak_export(Path(args[0]))
    elif cmd == "set-write":
        set_write(Path(args[0]), args[1:])
    elif cmd == "set-check":
        set_check(Path(args[0]), args[1])
    elif cmd == "status":
        status(args[0], args[1:])
    else:
        die(f"unknown command {cmd}")


if __name__ == "__main__":
    main(sys.argv[1:])
