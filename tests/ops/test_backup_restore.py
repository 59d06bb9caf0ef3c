"""Backups are proven by restoring them: a throwaway PostgreSQL cluster and S3 server, set up by the stack's
own scripts beside the running stack (which is only read), are backed up with scripts/backup.sh, changed,
damaged, destroyed, and brought back with scripts/restore.sh to a moment between the changes and the
damage. Every table of every service database and of Keycloak's then has the same row count and content
hash as at that moment, every document the same bytes and metadata, and every audit chain verifies.
Damaged backup sets and sets of another version are refused before anything is overwritten."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psycopg
import pytest
from minio import Minio

from common.audit import CHAINS, GENESIS, first_broken_link
from common.testing.stack import stack_env

ROOT = Path(__file__).resolve().parents[2]
SERVICES = sorted(p.parent.name for p in (ROOT / "services").glob("*/alembic.ini"))
DATABASES = [*SERVICES, "keycloak"]
BUCKETS = ["personnel-documents", "transfer-decisions"]


def free_port() -> int:
    # Below 32768: the kernel hands out ephemeral ports above (INFRA.md, ports).
    for port in range(int.from_bytes(os.urandom(2), "big") % 8000 + 21000, 32000):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("no free port")


class Throwaway:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.pg_port, self.s3_port = free_port(), 0
        self.s3_port = free_port()
        while self.s3_port == self.pg_port:
            self.s3_port = free_port()
        live = stack_env()
        self.env = {
            **os.environ,
            "CBCCVC_DATA_DIR": str(base / "data"), "CBCCVC_PGDATA": str(base / "data" / "pg"),
            "CBCCVC_BACKUP_DIR": str(base / "backups"), "CBCCVC_PGBACKREST_CONF": str(base / "pgbackrest.conf"),
            "CBCCVC_PG_MODE": "pg_ctl", "PG_PORT": str(self.pg_port), "S3_PORT": str(self.s3_port),
            "CBCCVC_BACKUP_BUCKETS": ",".join(BUCKETS),
            # Keycloak's realm export reads the running stack's Keycloak (read only).
            "KEYCLOAK_PORT": live["KEYCLOAK_PORT"],
        }
        self.s3_proc: subprocess.Popen[bytes] | None = None

    def run(self, *args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(ROOT / a) if a.startswith("scripts/") else a for a in args], env=self.env,
                                capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            pytest.fail(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def dsn(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.pg_port}/{db}"

    def start_s3(self) -> None:
        live = stack_env()
        env = {**self.env, "DATA_DIR": str(self.base / "data"), "S3_BIN": self.s3_bin(),
               "S3_ACCESS_KEY": live["S3_ACCESS_KEY"], "S3_SECRET_KEY": live["S3_SECRET_KEY"]}
        log = (self.base / "s3.log").open("ab")
        self.s3_proc = subprocess.Popen([str(ROOT / "scripts/stack/run-s3.sh")], env=env, stdout=log, stderr=log,
                                        start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.s3_port)) == 0:
                    return
            assert self.s3_proc.poll() is None and time.monotonic() < deadline, (self.base / "s3.log").read_text()
            time.sleep(0.2)

    def stop_s3(self) -> None:
        if self.s3_proc is not None and self.s3_proc.poll() is None:
            os.killpg(self.s3_proc.pid, signal.SIGTERM)
            self.s3_proc.wait(timeout=20)
        self.s3_proc = None

    @staticmethod
    def s3_bin() -> str:
        out = subprocess.run(["bash", "-c", 'ROOT="$1"; source "$1/scripts/stack/lib.sh"; echo "$S3_BIN"', "_",
                              str(ROOT)], capture_output=True, text=True, check=True)
        return out.stdout.strip()

    def s3(self) -> Minio:
        live = stack_env()
        return Minio(f"127.0.0.1:{self.s3_port}", access_key=live["S3_ACCESS_KEY"], secret_key=live["S3_SECRET_KEY"],
                     secure=False, region="us-east-1")


@pytest.fixture(scope="module")
def stack() -> Iterator[Throwaway]:
    tmp = ROOT / ".stack" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    tmp.chmod(0o755)  # the postgres user must reach the throwaway data directory
    base = tmp / f"ops-restore-{uuid.uuid4().hex[:8]}"
    base.mkdir()
    base.chmod(0o755)
    t = Throwaway(base)
    try:
        t.run("scripts/stack/pg_cluster.sh", "init")
        t.run("scripts/stack/pg_cluster.sh", "start")
        t.start_s3()
        yield t
    finally:
        t.run("scripts/stack/pg_cluster.sh", "stop", check=False)
        t.stop_s3()
        shutil.rmtree(base, ignore_errors=True)


def copy_live_databases(t: Throwaway) -> list[str]:
    """Every service's database and Keycloak's, as the running stack has them (demo data, audit chains)."""
    live_port = stack_env()["PG_PORT"]
    copied = []
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{live_port}/postgres") as conn:
        present = {r[0] for r in conn.execute("select datname from pg_database")}
    for db in (d for d in DATABASES if d in present):
        t.run("createdb", "-h", "127.0.0.1", "-p", str(t.pg_port), "-U", "postgres", db)
        dump = subprocess.run(["pg_dump", "-h", "127.0.0.1", "-p", live_port, "-U", "postgres", "-Fc", db],
                              capture_output=True, check=True, timeout=300).stdout
        subprocess.run(["pg_restore", "-h", "127.0.0.1", "-p", str(t.pg_port), "-U", "postgres", "-d", db,
                        # The throwaway cluster has none of the stack's roles (<service>_owner, _app): data only.
                        "--no-owner", "--no-privileges"], input=dump, capture_output=True, check=True, timeout=300)
        copied.append(db)
    return copied


def state(t: Throwaway, databases: list[str]) -> dict[str, dict[str, tuple[int, str]]]:
    """Row count and a hash of the content of every table of every database."""
    out: dict[str, dict[str, tuple[int, str]]] = {}
    for db in databases:
        with psycopg.connect(t.dsn(db)) as conn:
            conn.execute("set timezone = 'UTC'")
            tables = [r[0] for r in conn.execute(
                "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables"
                " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")]
            out[db] = {}
            for table in sorted(tables):
                row = conn.execute(
                    f"select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from {table} t"
                ).fetchone()
                assert row is not None
                out[db][table] = (int(row[0]), str(row[1]))
    return out


def documents(t: Throwaway) -> dict[tuple[str, str], tuple[str, str, dict[str, str]]]:
    client = t.s3()
    out = {}
    for bucket in BUCKETS:
        if not client.bucket_exists(bucket):
            continue
        for obj in client.list_objects(bucket, recursive=True):
            resp = client.get_object(bucket, obj.object_name)
            try:
                digest = hashlib.sha256(resp.read()).hexdigest()
            finally:
                resp.close()
                resp.release_conn()
            stat = client.stat_object(bucket, obj.object_name)
            meta = {k.lower(): v for k, v in (stat.metadata or {}).items() if k.lower().startswith("x-amz-meta-")}
            out[(bucket, obj.object_name)] = (digest, str(stat.content_type), meta)
    return out


def broken_audit_chains(t: Throwaway) -> dict[str, int]:
    broken = {}
    for db in SERVICES:
        with psycopg.connect(t.dsn(db)) as conn:
            conn.execute("set timezone = 'UTC'")
            exists = conn.execute("select to_regclass('public.audit_entry') is not null").fetchone()
            if not (exists and exists[0]):
                continue
            for chain in range(CHAINS):
                cur = conn.execute("select * from audit_entry where chain = %s order by seq", (chain,))
                names = [d.name for d in cur.description or []]
                rows: list[Any] = [SimpleNamespace(**dict(zip(names, r, strict=True))) for r in cur.fetchall()]
                bad = first_broken_link(rows, GENESIS)
                if bad is not None:
                    broken[f"{db}/{chain}"] = bad.seq
    return broken


def wait_archived(t: Throwaway) -> None:
    """Switch to a new WAL file and wait until the one holding the last changes is in the archive."""
    with psycopg.connect(t.dsn("postgres"), autocommit=True) as conn:
        row = conn.execute("select pg_walfile_name(pg_switch_wal())").fetchone()
        assert row is not None
        deadline = time.monotonic() + 60
        while True:
            done = conn.execute("select coalesce(last_archived_wal, '') from pg_stat_archiver").fetchone()
            if done is not None and done[0] >= row[0]:
                return
            assert time.monotonic() < deadline, "WAL archiving did not keep up"
            time.sleep(0.5)


def test_backup_destroy_restore_to_a_point_in_time(stack: Throwaway) -> None:
    t = stack
    databases = copy_live_databases(t)
    assert set(SERVICES) <= set(databases)
    client = t.s3()
    for bucket in BUCKETS:
        client.make_bucket(bucket)
    for i in range(12):
        data = os.urandom(2000 + 777 * i)
        client.put_object(BUCKETS[i % 2], f"don-vi/{i}/Quyết định số {i}.pdf", io.BytesIO(data), len(data),
                          content_type="application/pdf", metadata={"x-amz-meta-uploaded-by": f"snv.officer{i}"})

    t0 = time.monotonic()
    backup = t.run("scripts/backup.sh", "full")
    backup_seconds = time.monotonic() - t0

    # Work after the backup, which only the archived WAL holds; then the moment to come back to.
    with psycopg.connect(t.dsn("personnel"), autocommit=True) as conn:
        conn.execute("create table ops_after_backup (n int primary key, note text)")
        conn.execute("insert into ops_after_backup select n, 'sau sao lưu ' || n from generate_series(1, 500) n")
    data = b"added after the backup"
    client.put_object(BUCKETS[0], "don-vi/late.pdf", io.BytesIO(data), len(data))  # not in the set: not restored
    expected = state(t, databases)
    expected_documents = {k: v for k, v in documents(t).items() if k[1] != "don-vi/late.pdf"}
    assert broken_audit_chains(t) == {}
    time.sleep(1.1)
    with psycopg.connect(t.dsn("postgres")) as conn:
        row = conn.execute("select now()::text").fetchone()
        assert row is not None
        moment = str(row[0])
    time.sleep(1.1)

    # The accident: rows deleted, a table dropped, an audit entry edited.
    with psycopg.connect(t.dsn("personnel"), autocommit=True) as conn:
        conn.execute("delete from ops_after_backup where n > 100")
        # The append-only trigger stops the services; a superuser at the database can still do it.
        conn.execute("set session_replication_role = replica")
        conn.execute("update audit_entry set action = 'forged' where seq = (select min(seq) from audit_entry)")
    with psycopg.connect(t.dsn("org"), autocommit=True) as conn:
        conn.execute("drop table outbox_message cascade")
    wait_archived(t)
    damaged = state(t, databases)

    # Refused before anything is overwritten: a damaged document copy, a set of another version.
    sets = sorted((t.base / "backups" / "sets").glob("*.json"))
    assert len(sets) == 1
    copy = next((t.base / "backups" / "documents").glob("*/objects/personnel-documents/don-vi/0/*.pdf"))
    original = copy.read_bytes()
    copy.write_bytes(original[:-1] + bytes([original[-1] ^ 0xFF]))
    refused = t.run("scripts/restore.sh", "--time", moment, "--yes", check=False)
    assert refused.returncode != 0 and "damaged" in refused.stderr, refused.stderr
    copy.unlink()
    copy.write_bytes(original)  # a new inode: the hard-linked original stays as it was
    manifest = json.loads(sets[0].read_text())
    newer = {**manifest, "postgres": {**manifest["postgres"],
                                      "revisions": [*manifest["postgres"]["revisions"], "ffff0000future"]}}
    sets[0].write_text(json.dumps(newer))
    refused = t.run("scripts/restore.sh", "--time", moment, "--yes", check=False)
    assert refused.returncode != 0 and "another version" in refused.stderr, refused.stderr
    sets[0].write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    assert state(t, databases) == damaged  # nothing was touched

    # Destroy: the cluster's files and the object store's.
    t.run("scripts/stack/pg_cluster.sh", "stop")
    shutil.rmtree(t.base / "data" / "pg")
    t.stop_s3()
    shutil.rmtree(t.base / "data" / "s3")
    shutil.rmtree(t.base / "data" / "s3-versions", ignore_errors=True)
    t.start_s3()

    t0 = time.monotonic()
    t.run("scripts/restore.sh", "--time", moment, "--yes")
    restore_seconds = time.monotonic() - t0

    after = state(t, databases)
    assert after == expected
    assert documents(t) == expected_documents
    assert broken_audit_chains(t) == {}
    status = json.loads((t.base / "backups" / "status.json").read_text())
    assert status["last_restore"]["target"] == moment
    # The stack's own backup status records the rehearsal (alert RestoreNotRehearsed, ops exporter).
    live_store = Path(os.environ.get("CBCCVC_BACKUP_DIR", ROOT / ".stack" / "backups"))
    live_store.mkdir(parents=True, exist_ok=True)
    tool = ROOT / "scripts" / "stack" / "backup_tool.py"
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(tool), "status", "last_restore_rehearsal",
                    f"seconds={restore_seconds:.1f}"],
                   env={**os.environ, "BACKUP_DIR": str(live_store)}, check=True)
    rows = sum(n for tables in after.values() for n, _ in tables.values())
    print(f"\nbackup {backup_seconds:.1f} s, restore to {moment} {restore_seconds:.1f} s; "
          f"{len(databases)} databases, {sum(map(len, after.values()))} tables, {rows} rows, "
          f"{len(expected_documents)} documents\n{backup.stderr}")


def test_the_first_full_backup_of_a_year_is_archived_alone_and_restorable_on_its_own(stack: Throwaway) -> None:
    """Records of people who left are kept (Art. 12.3): with CBCCVC_BACKUP_ARCHIVE_DIR, the first full backup of
    a year is copied to <archive>/<year>/ with its documents, realm and set file, trimmed to that backup alone;
    a second full backup of the same year adds nothing."""
    t = stack
    client = t.s3()
    for bucket in BUCKETS:  # when this test runs alone
        if not client.bucket_exists(bucket):
            client.make_bucket(bucket)
    archive = t.base / "archive"
    t.env["CBCCVC_BACKUP_ARCHIVE_DIR"] = str(archive)
    try:
        t.run("scripts/backup.sh", "full")
        t.run("scripts/backup.sh", "full")
    finally:
        del t.env["CBCCVC_BACKUP_ARCHIVE_DIR"]
    taken = sorted(p.stem for p in (t.base / "backups" / "sets").glob("*.json"))
    year = taken[-1][:4]
    assert sorted(p.name for p in archive.iterdir()) == [year]
    kept = [p.stem for p in (archive / year / "sets").glob("*.json")]
    assert kept == [taken[-2]]  # the first of the two
    assert (archive / year / "documents" / kept[0]).is_dir()
    label = json.loads((archive / year / "sets" / f"{kept[0]}.json").read_text())["postgres"]["pgbackrest_label"]
    user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    info = subprocess.run([*user, "pgbackrest", f"--config={t.base / 'pgbackrest.conf'}", "--stanza=cbccvc",
                           f"--repo1-path={archive / year / 'pgbackrest'}", f"--log-path={t.base}",
                           f"--lock-path={t.base}", "--output=json", "info"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert [b["label"] for b in json.loads(info.stdout)[0]["backup"]] == [label]
