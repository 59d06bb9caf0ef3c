"""Use cases of the monthly certification: preview the month's changes, certify (PDF, signature, S3, record,
event, audit), the Department's overview, the signed PDF and the trust anchor."""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

import anyio
from minio import Minio
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.errors import AppError, Conflict, Forbidden, Lang, NotFound, ServiceUnavailable, invalid
from common.events.contracts.personnel import CertificationSigned
from common.events.envelope import Envelope
from common.exports import pdf_bytes
from common.outbox import add_event
from common.scope import ensure_in_scope
from common.storage import get_bytes, put_bytes
from common.workdays import WorkCalendar
from personnel.certifications import repository, rules
from personnel.certifications.rules import Month
from personnel.certifications.schemas import (
    CertificationPreview,
    CertificationPublic,
    Change,
    Overview,
    OverviewRow,
)
from personnel.certifications.signing import UnitSigner, sha256, signer_from_settings
from personnel.certifications.tables import Certification
from personnel.config import PersonnelSettings
from personnel.errors import MESSAGES
from personnel.profiles.diff import diff

SERVICE = "personnel"


def signer_of(settings: PersonnelSettings) -> UnitSigner:
    try:
        return signer_from_settings(settings.signing_mode, settings.signing_dir, settings.environment)
    except RuntimeError as exc:
        raise ServiceUnavailable("certification.signing_unavailable") from exc


def _public(c: Certification) -> CertificationPublic:
    return CertificationPublic.model_validate(c, from_attributes=True)


def _as_date(code: str) -> date | None:
    try:
        return date.fromisoformat(code.strip())
    except ValueError:
        return None


async def calendar(session: AsyncSession) -> WorkCalendar:
    """The statutory holidays and the holiday_calendar catalog's announced days (as careers reads them)."""
    rows = await repository.holiday_rows(session)
    return WorkCalendar.from_overrides(
        (day, str(i.attributes.get("kind") or "day_off"), i.name) for i in rows
        if (day := _as_date(i.code)) is not None)


async def _unit_in_scope(session: AsyncSession, principal: Principal, unit_id: str) -> Any:
    await ensure_in_scope(session, principal, unit_id)
    unit = await repository.unit(session, unit_id)
    if unit is None:
        raise NotFound()
    return unit


async def month_changes(session: AsyncSession, unit_id: str, month: Month) -> tuple[list[Change], bool]:
    """The month's approved versions and status changes of the unit's subtree, in date order."""
    versions = await repository.month_versions(session, unit_id, month)
    inside = {u.unit_id for u in await repository.subtree(session, unit_id)} if versions else set()
    statuses = await repository.month_status_events(session, unit_id, month)
    capped = len(versions) > repository.MAX_CHANGES or len(statuses) > repository.MAX_CHANGES
    versions, statuses = versions[:repository.MAX_CHANGES], statuses[:repository.MAX_CHANGES]
    names = await repository.unit_names(session, {v["unit_id"] for v in versions}
                                        | {v["prev_unit_id"] for v in versions if v["prev_unit_id"]}
                                        | {s["unit_id"] for s in statuses})
    status_names = await repository.status_names(session) if statuses else {}
    out: list[Change] = []
    for v in versions:
        moved = v["prev_unit_id"] if v["prev_unit_id"] and v["prev_unit_id"] != v["unit_id"] else None
        left = moved is not None and v["unit_id"] not in inside  # moved out of the certifying subtree
        sections = [] if v["version"] == 1 else rules.changed_sections(
            c.path for c in diff(v["prev_profile"], v["profile"]))
        what = rules.describe_version(version=v["version"], moved_from=names.get(moved, moved) if moved else None,
                                      moved_to=names.get(v["unit_id"], v["unit_id"]) if left else None,
                                      batch_title=v["batch_title"], sections=sections)
        where = v["prev_unit_id"] if left else v["unit_id"]  # listed under the unit of the certifying subtree
        out.append(Change(person_id=v["person_id"], full_name=v["full_name"], unit_id=where,
                          unit_name=names.get(where, where), kind="version", what=what,
                          decision_number=v["decision_number"], decision_signed_on=v["decision_signed_on"],
                          on=clock.vietnam_date(v["approved_at"])))
    for s in statuses:
        what = f"Trạng thái: {status_names.get(s['status'], s['status'])}"
        if s["reason"]:
            what += f" ({s['reason']})"
        out.append(Change(person_id=s["person_id"], full_name=s["full_name"], unit_id=s["unit_id"],
                          unit_name=names.get(s["unit_id"], s["unit_id"]), kind="status", what=what,
                          decision_number=s["decision_number"], decision_signed_on=s["decision_signed_on"],
                          on=s["effective_on"]))
    out.sort(key=lambda c: (c.on, c.unit_name, c.full_name))
    return out, capped


async def _refusal(session: AsyncSession, principal: Principal, unit: Any, month: Month,
                   cal: WorkCalendar, today: date) -> AppError | None:
    """Why this account cannot certify this unit's month now, or None (the checks of `certify`, in order)."""
    code = rules.head_refusal(principal.roles, principal.unit_id, unit.unit_id)
    if code:
        return Forbidden(code, unit=unit.name)
    if rules.timing(cal, month, today) == "early":
        return Conflict("certification.window_not_open", month=month.label(), opens=rules.window(cal, month).opens)
    existing = await repository.certification(session, unit.unit_id, str(month))
    if existing is not None:
        return Conflict("certification.already_certified", month=month.label(), on=existing.certified_on,
                        by=existing.certified_by_name or existing.certified_by)
    return None


def _month(text: str) -> Month:
    """The month a query names; one no calendar holds is the client's mistake (422), not a crash."""
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise invalid("month", "certification.month_invalid") from exc


async def preview(session: AsyncSession, principal: Principal, *, unit_id: str, month: str | None,
                  lang: Lang) -> CertificationPreview:
    unit = await _unit_in_scope(session, principal, unit_id)
    cal = await calendar(session)
    today = clock.today()
    m = _month(month) if month else rules.month_to_certify(cal, today)
    w = rules.window(cal, m)
    refusal = await _refusal(session, principal, unit, m, cal, today)
    existing = await repository.certification(session, unit.unit_id, str(m))
    changes, capped = await month_changes(session, unit.unit_id, m)
    return CertificationPreview(
        unit_id=unit.unit_id, unit_name=unit.name, month=str(m), window_opens=w.opens, window_closes=w.closes,
        today=today, timing=rules.timing(cal, m, today), may_certify=refusal is None,
        refusal=refusal.code if refusal else None, refusal_message=refusal.message(lang, MESSAGES) if refusal else None,
        certification=_public(existing) if existing else None, changes=changes, changes_capped=capped)


def _fmt(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def render_html(*, unit_name: str, province: str, month: Month, changes: list[Change], capped: bool,
                certified_by: str, certified_on: date, late: bool, window: rules.Window) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td class='n'>{i}</td><td>{e(c.full_name)}</td><td>{e(c.unit_name)}</td><td>{e(c.what)}</td>"
        f"<td>{e(c.decision_number or '')}{(' ngày ' + _fmt(c.decision_signed_on)) if c.decision_signed_on else ''}"
        f"</td><td class='d'>{_fmt(c.on)}</td></tr>"
        for i, c in enumerate(changes, 1))
    if not rows:
        rows = "<tr><td colspan='6' class='empty'>Trong tháng không có thay đổi hồ sơ nào được duyệt.</td></tr>"
    late_note = (f"<p class='late'>Xác nhận muộn: sau ngày làm việc cuối cùng của tháng ({_fmt(window.closes)}).</p>"
                 if late else "")
    cap_note = "<p>Danh sách chỉ ghi 5.000 thay đổi đầu tiên.</p>" if capped else ""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 15mm 18mm 18mm; @bottom-right {{ content: "Trang " counter(page) "/" counter(pages);
  font-family: 'Times New Roman', 'DejaVu Serif', serif; font-size: 9pt; }} }}
body {{ font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 12pt; }}
.head {{ display: flex; justify-content: space-between; text-align: center; font-size: 11pt; }}
h1 {{ text-align: center; font-size: 15pt; margin: 14pt 0 4pt; }}
.sub {{ text-align: center; font-style: italic; margin-bottom: 12pt; }}
table {{ width: 100%; border-collapse: collapse; font-size: 10pt; table-layout: fixed; }}
col.n {{ width: 7%; }} col.p {{ width: 18%; }} col.u {{ width: 17%; }}
col.w {{ width: 28%; }} col.q {{ width: 18%; }} col.d {{ width: 12%; }}
th, td {{ border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }}
th {{ background: #eee; }} td.n, td.d {{ text-align: center; white-space: nowrap; }}
td.empty {{ text-align: center; font-style: italic; }} .late {{ color: #a00; font-weight: bold; }}
.sign {{ margin-top: 18pt; margin-left: 55%; text-align: center; }}
</style></head><body>
<div class="head"><div><b>{e(province.upper())}</b><br><b>{e(unit_name.upper())}</b></div>
<div><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></div></div>
<h1>XÁC NHẬN DỮ LIỆU CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC<br>THÁNG {month.label()}</h1>
<p class="sub">Thời gian xác nhận: từ {_fmt(window.opens)} đến {_fmt(window.closes)} (5 ngày làm việc cuối tháng)</p>
<p>Thủ trưởng {e(unit_name)} xác nhận dữ liệu hồ sơ cán bộ, công chức, viên chức của đơn vị và các đơn vị trực thuộc
trên Cơ sở dữ liệu của tỉnh đã được cập nhật đầy đủ, chính xác đến hết tháng {month.label()}.
Trong tháng có {len(changes)} thay đổi đã được duyệt:</p>
{late_note}
<table><colgroup><col class="n"><col class="p"><col class="u"><col class="w"><col class="q"><col class="d"></colgroup>
<thead><tr><th>STT</th><th>Họ và tên</th><th>Đơn vị</th><th>Nội dung thay đổi</th><th>Quyết định</th>
<th>Ngày</th></tr></thead><tbody>{rows}</tbody></table>{cap_note}
<div class="sign"><i>Ngày {certified_on.day:02d} tháng {certified_on.month:02d} năm {certified_on.year}</i><br>
<b>THỦ TRƯỞNG ĐƠN VỊ</b><br><i>(Ký số)</i><br><br>{e(certified_by)}</div>
</body></html>"""


async def certify(session: AsyncSession, principal: Principal, s3: Minio, settings: PersonnelSettings, *,
                  unit_id: str, month: str, audit: AuditContext) -> CertificationPublic:
    """The unit's head certifies the month: refused (nothing changes) for anyone else, before the window
    opens, or a second time; after the month's last working day accepted and marked late."""
    unit = await _unit_in_scope(session, principal, unit_id)
    m = Month.parse(month)
    cal = await calendar(session)
    today = clock.today()
    refusal = await _refusal(session, principal, unit, m, cal, today)
    if refusal is not None:
        raise refusal
    w = rules.window(cal, m)
    late = rules.timing(cal, m, today) == "late"
    changes, capped = await month_changes(session, unit.unit_id, m)
    root = await repository.unit(session, unit.path[0]) if unit.path else None
    province = root.name if root is not None else unit.name
    who = principal.name or principal.username
    document = render_html(unit_name=unit.name, province=province, month=m, changes=changes, capped=capped,
                           certified_by=who, certified_on=today, late=late, window=w)
    signer = signer_of(settings)
    try:
        pdf = await anyio.to_thread.run_sync(lambda: pdf_bytes(document))
        signed = await anyio.to_thread.run_sync(lambda: signer.sign(
            pdf, unit_id=unit.unit_id, unit_name=unit.name, province=province,
            reason=f"Xác nhận dữ liệu tháng {m.label()}", location=province))
    except (OSError, RuntimeError) as exc:
        raise ServiceUnavailable("certification.signing_unavailable") from exc
    row = Certification(unit_id=unit.unit_id, unit_name=unit.name, month=str(m), certified_on=today,
                        certified_by=principal.username, certified_by_name=principal.name, late=late,
                        window_opens=w.opens, window_closes=w.closes, change_count=len(changes),
                        object_key="", size=len(signed.content), sha256=sha256(signed.content),
                        signer_subject=signed.signer_subject, signer_serial=signed.signer_serial,
                        signer_kind=signed.signer_kind)
    row.object_key = f"certifications/{unit.unit_id}/{m}/{row.id}.pdf"
    session.add(row)
    try:
        await session.flush()
    except IntegrityError as exc:  # the same head certifying twice at the same moment
        raise Conflict("certification.already_certified", month=m.label(), on=today, by=who) from exc
    await put_bytes(s3, settings.documents_bucket, row.object_key, signed.content, "application/pdf",
                    metadata={"sha256": row.sha256})
    add_event(session, Envelope.of(
        CertificationSigned(certification_id=str(row.id), unit_id=row.unit_id, unit_name=row.unit_name,
                            month=row.month, certified_on=today, certified_by=row.certified_by, late=late,
                            change_count=row.change_count, sha256=row.sha256),
        source=SERVICE, subject=str(row.id), actor=principal.username, unit_id=row.unit_id))
    await audit.record(session, action="certify", resource_type="certification", resource_id=str(row.id),
                       unit_id=row.unit_id, detail={"month": row.month, "late": late,
                                                    "change_count": row.change_count, "sha256": row.sha256,
                                                    "signer_serial": row.signer_serial})
    return _public(row)


async def overview(session: AsyncSession, principal: Principal, *, unit_id: str | None,
                   month: str | None) -> Overview:
    """Every active unit of the subtree with its state for the month: certified, late, missing or waiting."""
    root_id = unit_id or principal.unit_id
    if unit_id is None and principal.is_province_wide:  # the Department sees the whole province by default
        own = await repository.unit(session, principal.unit_id)
        root_id = own.path[0] if own is not None and own.path else root_id
    await _unit_in_scope(session, principal, root_id)
    cal = await calendar(session)
    today = clock.today()
    m = _month(month) if month else rules.month_to_certify(cal, today)
    w = rules.window(cal, m)
    units = await repository.subtree(session, root_id)
    done = await repository.certifications_of(session, [u.unit_id for u in units], str(m))
    base = len(units[0].path) if units else 0
    rows: list[OverviewRow] = []
    counts = {rules.CERTIFIED: 0, rules.LATE: 0, rules.MISSING: 0, rules.WAITING: 0}
    for u in units:
        c = done.get(u.unit_id)
        status = rules.overview_status(c.late if c else None, cal, m, today)
        counts[status] += 1
        rows.append(OverviewRow(unit_id=u.unit_id, unit_name=u.name, parent_id=u.parent_id,
                                depth=len(u.path) - base, status=status,  # type: ignore[arg-type]
                                certification=_public(c) if c else None))
    return Overview(unit_id=root_id, month=str(m), window_opens=w.opens, window_closes=w.closes, today=today,
                    counts=counts, rows=rows)


async def signed_pdf(session: AsyncSession, principal: Principal, s3: Minio, settings: PersonnelSettings, *,
                     certification_id: uuid.UUID, audit: AuditContext) -> tuple[bytes, str]:
    row = await session.get(Certification, certification_id)
    if row is None:
        raise NotFound()
    await ensure_in_scope(session, principal, row.unit_id)
    data = await get_bytes(s3, settings.documents_bucket, row.object_key)
    await audit.record(session, action="download", resource_type="certification", resource_id=str(row.id),
                       unit_id=row.unit_id, detail={"month": row.month})
    return data, f"xac-nhan-du-lieu-{row.unit_id}-{row.month}.pdf"


async def root_certificate(settings: PersonnelSettings) -> bytes:
    signer = signer_of(settings)
    return await anyio.to_thread.run_sync(signer.root_certificate_pem)
