"""Use cases of the Excel import. The request only checks the file and records the job; the analysis (read,
validate, preview) and the application (change requests written in chunks, each one transaction with the
job's cursor) run in the background (imports.runner), so a killed service resumes after the last whole
chunk and never leaves half a person."""

from __future__ import annotations

import asyncio
import functools
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import time
import uuid
import zlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from typing import Any

import anyio
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from common import clock
from common.audit import AuditContext
from common.auth import PROVINCE_ADMIN, SYSTEM_ADMIN, UNIT_LEADER, Principal
from common.catalogs import LOOKUP_MEMO, CatalogCopyItem, CatalogLookup, load_lookup
from common.db import new_id, utcnow
from common.duties import ensure_separate
from common.errors import AppError, Conflict, FieldError, NotFound, Phrase, ValidationFailed
from personnel.catalogs.repository import century_digits
from personnel.changes import schemas as change_schemas
from personnel.changes import service as changes
from personnel.changes.tables import ChangeRequest
from personnel.changes.validation import ID_CATALOGS
from personnel.errors import MESSAGES
from personnel.imports import repository, schemas, sources, workbook
from personnel.imports.columns import catalogs_used
from personnel.imports.rules import (
    CatalogChoices,
    CellError,
    Judgement,
    Person,
    judge,
    normalised,
)
from personnel.imports.tables import ImportItem, ImportJob
from personnel.profiles.diff import diff
from personnel.profiles.schema import all_catalogs

log = logging.getLogger(__name__)
SERVICE = "personnel"
STORED_ERRORS = 5_000  # errors kept for the preview (the count is always exact)
STATE_PHRASES = {"analysing": "import.state.analysing", "preview": "import.state.preview",
                 "applying": "import.state.applying", "done": "import.state.done", "failed": "import.state.failed",
                 "cancelled": "import.state.cancelled", "approving": "import.state.approving",
                 "approved": "import.state.approved"}
APPLY_CHUNK = 1_000  # people per transaction of the application (the cursor moves by whole chunks)
APPROVE_CHUNK = 50  # change requests per transaction: the approver's audit chain is locked until the commit (~2 s)
CR_STATE_PHRASES = {"draft": "change_request.state.draft", "approved": "change_request.state.approved",
                    "rejected": "change_request.state.rejected", "withdrawn": "change_request.state.withdrawn"}
STORED_SKIPS = 1_000  # skipped change requests kept with their reason (the count is always exact)


def principal_of(job: ImportJob) -> Principal:
    return Principal(subject=job.created_by_subject, username=job.created_by, unit_id=job.unit_id,
                     roles=frozenset(job.roles))


APPROVABLE_STATES = ("done", "approving", "approved")


def may_see(principal: Principal, job: ImportJob) -> bool:
    return job.created_by == principal.username or principal.has_any(PROVINCE_ADMIN, SYSTEM_ADMIN)


def awaits_leader(principal: Principal, job: ImportJob) -> bool:
    """A unit leader sees the submitted imports whose every record lies under it (to approve them whole)."""
    return principal.has_any(UNIT_LEADER) and job.mode == "submitted" and job.state in APPROVABLE_STATES


async def get_visible(session: AsyncSession, principal: Principal, job_id: uuid.UUID,
                      *, for_update: bool = False) -> ImportJob:
    stmt = select(ImportJob).where(ImportJob.id == job_id)
    if for_update:
        stmt = stmt.with_for_update()
    job = (await session.scalars(stmt)).first()
    if job is None:
        raise NotFound()
    if not may_see(principal, job) and not (awaits_leader(principal, job)
                                            and await repository.reaches_whole(session, principal, job.id)):
        raise NotFound()
    return job


# The template.

async def template(session: AsyncSession, principal: Principal, *, today: date, audit: AuditContext) -> bytes:
    names = catalogs_used()
    lookup = await load_lookup(session, set(names), today)
    lists = {c: [f"{i.code} - {i.name}" for i in lookup.items(c) if lookup.state(c, i.code)] for c in names}
    units = [f"{u.unit_id} - {u.name}" for u in await repository.units_of_scope(session, principal)]
    await audit.record(session, action="export", resource_type="import_template", unit_id=principal.unit_id)
    return await anyio.to_thread.run_sync(workbook.template, lists, units)


# Upload.

async def upload(session: AsyncSession, principal: Principal, *, content: bytes, file_name: str,
                 audit: AuditContext) -> ImportJob:
    """Check the file's structure now (a refused file is never stored) and queue its analysis."""
    await anyio.to_thread.run_sync(sources.inspect, content)
    job = ImportJob(unit_id=principal.unit_id, created_by=principal.username, created_by_subject=principal.subject,
                    roles=sorted(principal.roles), file_name=(file_name or "")[:255],
                    file_sha256=hashlib.sha256(content).hexdigest(), content=content)
    session.add(job)
    await session.flush()
    await audit.record(session, action="import_upload", resource_type="import_job", resource_id=str(job.id),
                       unit_id=principal.unit_id, detail={"file_name": job.file_name, "sha256": job.file_sha256,
                                                          "bytes": len(content)})
    return job


# Analysis (background).

def choices_of(lookup: CatalogLookup) -> dict[str, CatalogChoices]:
    return {c: CatalogChoices([(i.code, i.name) for i in lookup.items(c)]) for c in catalogs_used()}


def plan(people: list[Person], records: dict[str, repository.Record], units: set[str], *, today: date,
         lookup: CatalogLookup) -> list[tuple[Person, Judgement, repository.Record | None]]:
    """Judge every person (pure, CPU only: run in a thread)."""
    provinces, digits = lookup.codes("cccd_province_codes"), century_digits(lookup)
    out = []
    for person in people:
        rec = records.get(person.key)

        def refused(code: str, params: dict[str, Any] | None = None, column: str = "A",
                    header: str = "Số định danh cá nhân (CCCD)", person: Person = person) -> Judgement:
            return Judgement("error", None, [], [*person.errors, CellError(
                "Hồ sơ", person.row, column, header, code, params or {}, "")], [])

        if rec is not None and rec.unit_id not in units:
            # A number held by a record the account cannot see reads exactly as a number held nowhere: a row
            # for an outside unit is out of scope, a row without a unit needs one, and a row for one of the
            # account's units is a new person, whose approval is left to the Department of Home Affairs
            # (changes.validation.duplicate_identity): nothing tells the officer the number exists.
            rec = None
        if rec is None:
            if not person.unit_id:
                out.append((person, refused("import.unit_required", column="B", header="Mã đơn vị"), None))
                continue
            if person.unit_id not in units:
                out.append((person, refused("import.out_of_scope"), None))
                continue
            out.append((person, judge(person, existing=None, today=today, lookup=lookup.state,
                                      province_codes=provinces, century_digits=digits), None))
            continue
        if person.unit_id and person.unit_id != rec.unit_id:
            out.append((person, refused("import.unit_change", column="B", header="Mã đơn vị"), rec))
            continue
        base = rec.profile if rec.version > 0 else rec.open_profile
        verdict = judge(person, existing=base, today=today, lookup=lookup.state, province_codes=provinces,
                        century_digits=digits)
        if verdict.action == "update" and rec.open_profile is not None and rec.version > 0 and not diff(
                normalised(rec.open_profile), verdict.profile):
            verdict.action, verdict.changes = "unchanged", []  # the same change is already waiting
        if verdict.action == "update" and rec.open_state == "submitted":
            verdict = refused("import.pending_change")
        out.append((person, verdict, rec))
    return out


def _error_row(e: CellError) -> dict[str, Any]:
    return {"sheet": e.sheet, "row": e.row, "column": e.column, "header": e.header, "field": e.field,
            "code": e.code, "params": {k: (v if isinstance(v, int | float | str) else str(v))
                                       for k, v in dict(e.params).items()}}


PARALLEL_FROM = 2_000  # people: a smaller file is analysed in one thread (starting processes costs more)


def analysis_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def part_of(key: str, parts: int) -> int:
    """The part of the analysis that judges this identification number (the same in every process)."""
    return zlib.crc32(key.encode()) % parts if parts > 1 and key else 0


def _in_part(key: str, part: int, parts: int) -> bool:
    return part_of(key, parts) == part


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def analyse_part(content: bytes, part: int, parts: int, today: date, catalog_items: list[dict[str, Any]],
                 records: dict[str, repository.Record], units: set[str],
                 ) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One part of the people of a workbook (those whose identification number falls in `part`), read,
    validated and judged: pure CPU, run in a worker process (or a thread for a small file). Returns the
    preview's rows (without job and seq, in the main sheet's order), the people's errors and the errors
    that belong to no person."""
    lookup = CatalogLookup([CatalogCopyItem(**i) for i in catalog_items], today)
    if parts > 1:
        # A worker process of its own, ended with the job: the collector would walk the millions of cells
        # read (the rows hold no cycles) again and again, half of the reading's time.
        gc.disable()
    keep = functools.partial(_in_part, part=part, parts=parts) if parts > 1 else None
    people, loose = sources.people(content, lookup, choices_of(lookup), keep)
    rows: list[tuple[Any, ...]] = []
    errors: list[dict[str, Any]] = []
    for person, verdict, rec in plan(people, records, units, today=today, lookup=lookup):
        errors += [_error_row(e) for e in verdict.errors]
        rows.append((
            person.row, person.key[:20], str(person.values.get("identity.full_name") or "")[:120],
            rec.unit_id if rec else person.unit_id, verdict.action,
            rec.person_id if rec and verdict.action != "error" else None, rec.version if rec else 0,
            rec.open_id if rec and rec.open_state == "draft" and verdict.action == "update" else None,
            _dumps(verdict.profile) if verdict.action in ("create", "update") else None,
            _dumps(verdict.changes[:200]),
            _dumps([{"field": w.field, "code": w.code, "message": w.text("vi"), "message_en": w.text("en")}
                    for w in verdict.warnings])))
    return rows, errors, [_error_row(e) for e in loose]


CATALOG_FIELDS = ("catalog", "code", "name", "sort_order", "active", "valid_from", "valid_to", "attributes")
ITEM_COLUMNS = ("job_id", "seq", "row", "personal_id_number", "full_name", "unit_id", "action", "person_id",
                "base_version", "draft_id", "profile", "changes", "warnings")


async def analyse(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID) -> None:
    """Read, validate and judge every row; store the preview. Runs again from the start after a kill.

    The main sheet is read first, for the numbers and units the database is asked about (records, scope);
    then the people are judged in parts side by side, each in its own process (reading the workbook itself,
    so no row crosses between processes), and the preview is written with COPY."""
    async with sessionmaker() as session:
        job = await session.get(ImportJob, job_id)
        if job is None or job.state != "analysing" or job.content is None:
            return
        content, principal = job.content, principal_of(job)
        today = clock.today()
        catalogs = set(catalogs_used()) | ID_CATALOGS | all_catalogs()
        lookup = await load_lookup(session, catalogs, today)
    started = time.perf_counter()
    try:
        keys = await anyio.to_thread.run_sync(sources.keys, content)
    except ValidationFailed as exc:
        await fail(sessionmaker, job_id, exc.fields[0].code if exc.fields else "import.read_failed",
                    dict(exc.fields[0].params) if exc.fields else {})
        return
    except Exception:  # a file that passed the structural checks but that the reader cannot get through
        log.exception("import: workbook could not be read", extra={"job_id": str(job_id)})
        await fail(sessionmaker, job_id, "import.read_failed", {})
        return
    async with sessionmaker() as session:
        records = await repository.records_by_key(session, [k for k, _ in keys])
        units = await repository.units_within(session, principal,
                                              [u for _, u in keys] + [r.unit_id for r in records.values()])
    # The catalogs go to the parts as plain values (each part builds its own lookup from them).
    items = [{f: getattr(i, f) for f in CATALOG_FIELDS} for c in sorted(catalogs) for i in lookup.items(c)]
    parts = analysis_workers() if len(keys) >= PARALLEL_FROM else 1
    keyed = time.perf_counter()
    try:
        if parts == 1:
            results = [await anyio.to_thread.run_sync(
                analyse_part, content, 0, 1, today, items, records, units)]
        else:
            loop = asyncio.get_running_loop()
            with ProcessPoolExecutor(parts, mp_context=multiprocessing.get_context("spawn")) as pool:
                results = await asyncio.gather(*(loop.run_in_executor(
                    pool, analyse_part, content, p, parts, today, items,
                    {k: r for k, r in records.items() if part_of(k, parts) == p}, units) for p in range(parts)))
    except ValidationFailed as exc:
        await fail(sessionmaker, job_id, exc.fields[0].code if exc.fields else "import.read_failed",
                    dict(exc.fields[0].params) if exc.fields else {})
        return
    del records
    judged = time.perf_counter()
    merged = sorted((r for rows, _, _ in results for r in rows), key=lambda r: r[0])
    errors = [e for _, _, loose in results for e in loose]
    if parts > 1:  # an error about a whole sheet (its key column missing) comes from every part: once
        seen: set[tuple[Any, ...]] = set()
        errors = [e for e in errors if not ((k := (e["sheet"], e["row"], e["column"], e["code"])) in seen
                                            or seen.add(k))]  # type: ignore[func-returns-value]
    errors += [e for _, person_errors, _ in results for e in person_errors]
    counts = {"create": 0, "update": 0, "unchanged": 0, "error": 0}
    for r in merged:
        counts[r[4]] += 1
    errors.sort(key=lambda e: (e["sheet"] != "Hồ sơ", e["sheet"], e["row"], e["column"]))
    async with sessionmaker() as session, session.begin():
        job = await repository.job_for_update(session, job_id)
        if job is None or job.state != "analysing":
            return
        raw = await (await session.connection()).get_raw_connection()
        await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
            ImportItem.__tablename__, columns=ITEM_COLUMNS,
            records=[(job_id, seq, *r) for seq, r in enumerate(merged, start=1)])
        job.state, job.total = "preview", len(merged)
        job.created, job.changed, job.unchanged, job.rejected = (
            counts["create"], counts["update"], counts["unchanged"], counts["error"])
        job.errors, job.error_count = errors[:STORED_ERRORS], len(errors)
        job.lease_until, job.updated_at = None, utcnow()
        job.content = None  # the preview's items hold what the application needs: the file is not kept
    log.info("import analysed: %d people in %d part(s); main sheet and database %.1f s, judging %.1f s,"
             " preview %.1f s", len(merged), parts, keyed - started, judged - keyed, time.perf_counter() - judged,
             extra={"job_id": str(job_id)})


async def fail(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, code: str,
                params: dict[str, Any]) -> None:
    async with sessionmaker() as session, session.begin():
        job = await repository.job_for_update(session, job_id)
        if job is not None:
            job.state, job.error_code, job.error_params = "failed", code, params
            job.content, job.lease_until, job.updated_at = None, None, utcnow()


# Confirmation and application (background).

async def confirm(session: AsyncSession, principal: Principal, *, job_id: uuid.UUID, mode: str,
                  audit: AuditContext) -> ImportJob:
    if mode not in ("draft", "submitted"):
        raise ValidationFailed("import.bad_mode")
    job = await get_visible(session, principal, job_id, for_update=True)
    if job.state != "preview":
        raise Conflict("import.not_ready", state=Phrase(STATE_PHRASES[job.state]))
    if job.created + job.changed == 0:
        raise Conflict("import.nothing_to_apply")
    job.state, job.mode, job.confirmed_by, job.confirmed_at = "applying", mode, principal.username, utcnow()
    job.processed, job.lease_until, job.updated_at = 0, None, utcnow()
    await audit.record(session, action="import_confirm", resource_type="import_job", resource_id=str(job.id),
                       unit_id=job.unit_id, detail={"mode": mode, "create": job.created, "update": job.changed})
    return job


async def cancel(session: AsyncSession, principal: Principal, *, job_id: uuid.UUID,
                 audit: AuditContext) -> ImportJob:
    job = await get_visible(session, principal, job_id, for_update=True)
    if job.state not in ("preview", "failed", "analysing"):
        raise Conflict("import.not_ready", state=Phrase(STATE_PHRASES[job.state]))
    job.state, job.content, job.updated_at = "cancelled", None, utcnow()
    await audit.record(session, action="import_cancel", resource_type="import_job", resource_id=str(job.id),
                       unit_id=job.unit_id)
    return job


async def apply_chunk(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, *,
                      size: int = APPLY_CHUNK, lease_seconds: int = 120,
                      before_commit: Callable[[int], None] | None = None) -> bool:
    """Write the next chunk of people as change requests, with the cursor, in one transaction; False when
    the job is finished (or not applying). `before_commit(cursor)` is for the kill test only."""
    async with sessionmaker() as session, session.begin():
        job = await repository.job_for_update(session, job_id)
        if job is None or job.state != "applying":
            return False
        upto = job.processed + size
        chunk = await repository.items(session, job_id, after=job.processed, upto=upto)
        if not chunk:
            job.state, job.finished_at, job.content = "done", utcnow(), None
            job.lease_until = job.updated_at = utcnow()
            return False
        todo = [i for i in chunk if i.action in ("create", "update")]
        # The province may have changed since the preview: a person created meanwhile (another import, the
        # form) is not created twice; a record approved again meanwhile is left for a new import.
        now_held = await repository.records_by_key(session, [i.personal_id_number for i in todo])
        people: list[dict[str, Any]] = []
        requests: list[tuple[int, uuid.UUID, uuid.UUID, str, str, int]] = []  # seq, id, person, kind, unit, base
        drafts: list[tuple[int, uuid.UUID]] = []
        links: list[tuple[int, uuid.UUID]] = []
        created_ids, updated_ids = [], []
        now = utcnow()
        submitted = job.mode == "submitted"
        for item in todo:
            rec = now_held.get(item.personal_id_number)
            if item.action == "create":
                # Created meanwhile in the same unit (another import, the form): not twice. A record elsewhere
                # (held outside the account's scope, which the preview did not reveal) is the approver's case.
                if item.unit_id is None or (rec is not None and rec.unit_id == item.unit_id):
                    continue
                person_id = new_id()
                # As the form's creation (changes.service.create): the search columns come with the approval.
                people.append({"id": person_id, "unit_id": item.unit_id, "version": 0, "status": "DANG_CONG_TAC",
                               "is_active": True, "full_name": item.full_name, "name_folded": "", "name_sort": "",
                               "party_member": False, "created_at": now, "updated_at": now})
                requests.append((item.seq, new_id(), person_id, "create", item.unit_id, 0))
                created_ids.append(str(person_id))
                continue
            if rec is None or item.person_id is None or rec.person_id != item.person_id or (
                    rec.version != item.base_version) or (rec.open_id is not None and rec.open_id != item.draft_id):
                continue
            if item.draft_id is not None:
                drafts.append((item.seq, item.draft_id))
            else:
                requests.append((item.seq, new_id(), item.person_id, "update", rec.unit_id, item.base_version))
            updated_ids.append(str(item.person_id))
        if people:
            # One statement for the chunk (an executemany of rows is ten times slower here).
            await session.execute(text(
                "insert into person (id, unit_id, version, status, is_active, full_name, name_folded, name_sort,"
                " party_member, created_at, updated_at)"
                " select id, unit, 0, 'DANG_CONG_TAC', true, name, '', '', false, :now, :now"
                " from unnest(cast(:ids as uuid[]), cast(:units as varchar[]), cast(:names as varchar[]))"
                " as p(id, unit, name)"),
                {"now": now, "ids": [p["id"] for p in people], "units": [p["unit_id"] for p in people],
                 "names": [p["full_name"] for p in people]})
        # The profiles go from the preview's items to the change requests inside the database.
        common = {"job": job_id, "state": "submitted" if submitted else "draft", "submitted": submitted,
                  "note": f"Nhập từ tệp Excel {job.file_name}".strip()[:2000],
                  "by": job.confirmed_by or job.created_by, "now": now,
                  "sub_by": job.confirmed_by if submitted else None, "sub_at": now if submitted else None}
        if requests:
            await session.execute(text(
                "insert into change_request (id, person_id, kind, unit_id, base_version, revision, state, profile,"
                " warnings, note, created_by, created_at, updated_at, submitted_by, submitted_at)"
                " select l.id, l.person, l.kind, l.unit, l.base, 1, :state, i.profile,"
                " case when :submitted then i.warnings else '[]'::jsonb end, :note, :by, :now, :now, :sub_by, :sub_at"
                " from unnest(cast(:seqs as integer[]), cast(:ids as uuid[]), cast(:persons as uuid[]),"
                " cast(:kinds as varchar[]), cast(:units as varchar[]), cast(:bases as integer[]))"
                " as l(seq, id, person, kind, unit, base)"
                " join import_item i on i.job_id = :job and i.seq = l.seq"),
                {**common, "seqs": [r[0] for r in requests], "ids": [r[1] for r in requests],
                 "persons": [r[2] for r in requests], "kinds": [r[3] for r in requests],
                 "units": [r[4] for r in requests], "bases": [r[5] for r in requests]})
            links += [(r[0], r[1]) for r in requests]
        if drafts:
            # An open draft of the person is replaced (a draft still, or submitted), never one decided meanwhile.
            replaced = await session.execute(text(
                "update change_request c set profile = i.profile, revision = c.revision + 1, updated_at = :now,"
                " state = :state, submitted_by = coalesce(:sub_by, c.submitted_by),"
                " submitted_at = coalesce(cast(:sub_at as timestamptz), c.submitted_at),"
                " warnings = case when :submitted then i.warnings else c.warnings end"
                " from unnest(cast(:seqs as integer[]), cast(:ids as uuid[])) as l(seq, id)"
                " join import_item i on i.job_id = :job and i.seq = l.seq"
                " where c.id = l.id and c.state = 'draft' returning l.seq, c.id"),
                {**common, "seqs": [d[0] for d in drafts], "ids": [d[1] for d in drafts]})
            links += [(seq, cr_id) for seq, cr_id in replaced.all()]
        await repository.set_change_requests(session, job_id, links)
        if created_ids or updated_ids:
            audit = AuditContext(service=SERVICE, principal=principal_of(job))
            await audit.record(session, action="import", resource_type="import_job", resource_id=str(job.id),
                               unit_id=job.unit_id, detail={"from_seq": chunk[0].seq, "to_seq": chunk[-1].seq,
                                                            "mode": job.mode, "created": created_ids,
                                                            "updated": updated_ids})
        job.processed = chunk[-1].seq
        job.updated_at = now
        job.lease_until = now + timedelta(seconds=lease_seconds)  # still ours while chunks follow
        if before_commit is not None:
            before_commit(job.processed)
    return True


async def apply_all(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, **kwargs: Any) -> None:
    while await apply_chunk(sessionmaker, job_id, **kwargs):
        pass


# Approval of the whole job under one decision (issue 18.1: the Department's administrators import a
# province's legacy data and approve it as one batch, not person by person).

def approver_of(job: ImportJob) -> Principal:
    assert job.approver and job.approver_subject and job.approver_unit_id
    return Principal(subject=job.approver_subject, username=job.approver, unit_id=job.approver_unit_id,
                     roles=frozenset(job.approver_roles))


async def get_for_approval(session: AsyncSession, principal: Principal, job_id: uuid.UUID) -> ImportJob:
    """The job, locked, if this approver reaches every record it wrote: the province's administrators always,
    a unit leader only when every change request of the job lies in the leader's scope; else 404."""
    job = (await session.scalars(select(ImportJob).where(ImportJob.id == job_id).with_for_update())).first()
    if job is None:
        raise NotFound()
    if principal.has_any(PROVINCE_ADMIN):
        return job
    if not principal.has_any(UNIT_LEADER) or not await repository.reaches_whole(session, principal, job.id):
        raise NotFound()
    return job


async def request_approval(session: AsyncSession, principal: Principal, *, job_id: uuid.UUID,
                           body: schemas.ApproveImport, today: date, audit: AuditContext) -> ImportJob:
    """Queue the approval of every change request the job submitted, under one decision; the runner decides
    them in chunks (approve_chunk). Refused, changing nothing, for the account that uploaded or confirmed
    the import, for a job not done or written as drafts, and for a decision without number, date or signer."""
    job = await get_for_approval(session, principal, job_id)
    ensure_separate(principal, (job.created_by, job.created_by_subject, job.confirmed_by))
    if job.state != "done":
        raise Conflict("import.approval_not_ready", state=Phrase(STATE_PHRASES[job.state]))
    if job.mode != "submitted":
        raise Conflict("import.not_submitted")
    number, signer, issuer = (body.decision_number.strip(), body.signer.strip(), (body.issuer or "").strip())
    problems = []
    if not number:
        problems.append(FieldError("decision_number", "import.decision_number_required"))
    if body.decision_signed_on > today:
        problems.append(FieldError("decision_signed_on", "import.decision_in_future"))
    if not signer:
        problems.append(FieldError("signer", "import.signer_required"))
    if problems:
        raise ValidationFailed(problems[0].code, fields=problems)
    total = await repository.count_requests(session, job.id)
    if total == 0:
        raise Conflict("import.nothing_to_approve")
    now = utcnow()
    job.state = "approving"
    job.approver, job.approver_subject, job.approver_unit_id = principal.username, principal.subject, principal.unit_id
    job.approver_roles = sorted(principal.roles)
    job.decision_number, job.decision_signed_on = number, body.decision_signed_on
    job.decision_signer, job.decision_issuer = signer, issuer or None
    job.approval_requested_at, job.approval_total = now, total
    job.approval_cursor = job.approval_processed = job.approved_count = job.skipped_count = 0
    job.skips, job.lease_until, job.updated_at = [], None, now
    await audit.record(session, action="import_approve", resource_type="import_job", resource_id=str(job.id),
                       unit_id=job.unit_id, detail={"decision_number": number,
                                                    "decision_signed_on": body.decision_signed_on.isoformat(),
                                                    "signer": signer, "issuer": issuer or None, "requests": total})
    return job


def _skip(code: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """A reason kept as a message code and its values (a phrase as 'phrase:<code>', translated when shown)."""
    return {"code": code, "params": {k: (f"phrase:{v}" if isinstance(v, Phrase) else
                                         v if isinstance(v, int | float | str) else str(v))
                                     for k, v in (params or {}).items()}}


async def _approve_one(session: AsyncSession, approver: Principal, job: ImportJob, cr_id: uuid.UUID,
                       body: change_schemas.Approve, today: date, audit: AuditContext) -> dict[str, Any] | None:
    """Approve one change request of the job through the change requests' own approval; None when approved,
    else why it was skipped (nothing of it is kept: the savepoint is rolled back)."""
    cr = (await session.scalars(select(ChangeRequest).where(ChangeRequest.id == cr_id).with_for_update()
                                .execution_options(populate_existing=True))).first()
    if cr is None:
        return _skip("not_found")
    if cr.state != "submitted":
        return _skip("import.skip_not_submitted", {"state": Phrase(CR_STATE_PHRASES.get(cr.state, "invalid_state"))})
    if cr.submitted_by != job.confirmed_by or (
            cr.submitted_at is not None and job.finished_at is not None and cr.submitted_at > job.finished_at):
        return _skip("import.skip_changed")  # withdrawn or rejected, revised and submitted again meanwhile
    try:
        async with session.begin_nested():
            await changes.approve(session, approver, cr_id=cr_id, body=body, today=today, audit=audit)
    except AppError as exc:
        if exc.fields:
            return _skip(exc.fields[0].code, exc.fields[0].params)
        return _skip(exc.code, exc.params)
    except Exception:  # a request no approval can get through (a profile the schema no longer reads): skipped,
        # never a job retried for ever; a lost connection fails the chunk's next statement and the chunk instead
        log.exception("import approval: change request skipped", extra={"change_request_id": str(cr_id)})
        return _skip("import.skip_failed")
    return None


async def approve_chunk(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, *,
                        size: int = APPROVE_CHUNK, lease_seconds: int = 120,
                        before_commit: Callable[[int], None] | None = None) -> bool:
    """Approve the next chunk of the job's change requests with the cursor, in one transaction (each request
    in a savepoint: one that can no longer be approved is skipped and counted, never fails the job); False
    when the job is approved (or not approving). `before_commit(cursor)` is for the kill test only."""
    async with sessionmaker() as session, session.begin():
        job = await repository.job_for_update(session, job_id)
        if job is None or job.state != "approving":
            return False
        chunk = await repository.requests_after(session, job_id, after=job.approval_cursor, limit=size)
        now = utcnow()
        if not chunk:
            job.state, job.approved_at, job.lease_until, job.updated_at = "approved", now, None, now
            audit = AuditContext(service=SERVICE, principal=approver_of(job))
            await audit.record(session, action="import_approved", resource_type="import_job",
                               resource_id=str(job.id), unit_id=job.unit_id,
                               detail={"decision_number": job.decision_number,
                                       "decision_signed_on": job.decision_signed_on.isoformat()
                                       if job.decision_signed_on else None,
                                       "approved": job.approved_count, "skipped": job.skipped_count})
            return False
        approver = approver_of(job)
        audit = AuditContext(service=SERVICE, principal=approver)
        session.info[LOOKUP_MEMO] = {}  # the catalogs read once for the chunk, not once per person
        body = change_schemas.Approve(decision_number=job.decision_number, decision_signed_on=job.decision_signed_on)
        today = clock.today()
        outcomes = []
        for seq, cr_id, key, name in chunk:
            outcomes.append((seq, cr_id, key, name,
                             await _approve_one(session, approver, job, cr_id, body, today, audit)))
        await session.refresh(job)  # a rolled back savepoint may have expired what the session held
        skips = [{"seq": seq, "change_request_id": str(cr_id), "personal_id_number": key, "full_name": name, **why}
                 for seq, cr_id, key, name, why in outcomes if why is not None]
        job.approved_count += len(outcomes) - len(skips)
        job.skipped_count += len(skips)
        if skips and len(job.skips) < STORED_SKIPS:
            job.skips = [*job.skips, *skips][:STORED_SKIPS]
        job.approval_processed += len(outcomes)
        job.approval_cursor = chunk[-1][0]
        job.updated_at = now
        job.lease_until = now + timedelta(seconds=lease_seconds)  # still ours while chunks follow
        if before_commit is not None:
            before_commit(job.approval_cursor)
    return True


async def approve_all(sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, **kwargs: Any) -> None:
    while await approve_chunk(sessionmaker, job_id, **kwargs):
        pass


def skip_rows(skips: list[dict[str, Any]], lang: Any) -> list[dict[str, Any]]:
    """Stored skips with their reason in the asked language."""
    out = []
    for s in skips:
        params = {k: Phrase(v[7:]) if isinstance(v, str) and v.startswith("phrase:") else v
                  for k, v in s.get("params", {}).items()}
        try:
            message = MESSAGES.text(s["code"], lang, **params)
        except (KeyError, IndexError, ValueError):
            message = s["code"]
        out.append({**s, "message": message})
    return out


def message_rows(errors: list[dict[str, Any]], lang: Any) -> list[dict[str, Any]]:
    """Stored errors with their message in the asked language."""
    return [{**e, "message": MESSAGES.text(e["code"], lang, **e.get("params", {}))} for e in errors]
