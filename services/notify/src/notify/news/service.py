"""The use cases of news: write a draft, send it for approval, approve or reject it (the Department's
editors), withdraw it; the cover and the attachments; what each account reads."""

from __future__ import annotations

import uuid

from minio import Minio
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.audit import AuditContext
from common.auth import Principal
from common.duties import ensure_separate
from common.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from common.scope import in_scope
from common.storage import get_bytes, put_bytes
from notify import files
from notify.config import NotifySettings
from notify.news import repository, rules
from notify.news.schemas import NewsCreate, NewsIn, NewsUpdate, StepIn
from notify.news.tables import NewsArticle, NewsAudience, NewsStep


async def _check(session: AsyncSession, principal: Principal, unit_id: str,
                 data: NewsIn) -> tuple[str, list[str]]:
    """The sanitised body and the audience, or ValidationFailed with every problem at once."""
    problems: list[FieldError] = []
    body = rules.sanitize(data.body_html)
    if not rules.plain_text(body) and "<img" not in body:
        problems.append(FieldError("body_html", "news.body_required"))
    if data.category not in rules.CATEGORIES:
        problems.append(FieldError("category", "news.unknown_category"))
    window = rules.window_problem(data.publish_from, data.publish_until)
    if window:
        problems.append(FieldError("publish_until", window))
    audience = sorted(set(data.audience_unit_ids))
    if not data.province_wide:
        if not audience:
            problems.append(FieldError("audience_unit_ids", "news.audience_required"))
        known = await repository.units(session, set(audience))
        for unit in audience:
            node = known.get(unit)
            # A unit addresses its own subtree; only the province's editors address any unit. A unit outside
            # the scope reads exactly like one that does not exist.
            if node is None or not node.active or not (
                    principal.is_province_wide or unit_id in node.path):
                problems.append(FieldError("audience_unit_ids", "news.audience_unit_unknown", unit=unit))
                break
    if problems:
        raise ValidationFailed(fields=problems)
    return body, ([] if data.province_wide else audience)


def _fill(article: NewsArticle, data: NewsIn, body: str) -> None:
    article.title, article.summary = data.title, " ".join(data.summary.split())
    article.body_html, article.category = body, data.category
    article.search_text = rules.search_text(article.title, article.summary, body)
    article.province_wide, article.pinned = data.province_wide, data.pinned
    article.publish_from, article.publish_until = data.publish_from, data.publish_until


async def _set_audience(session: AsyncSession, article_id: uuid.UUID, units: list[str]) -> None:
    await session.execute(delete(NewsAudience).where(NewsAudience.article_id == article_id))  # type: ignore[arg-type]
    for unit in units:
        session.add(NewsAudience(article_id=article_id, unit_id=unit))


def _step(session: AsyncSession, principal: Principal, article: NewsArticle, step: str,
          note: str | None = None) -> None:
    session.add(NewsStep(article_id=article.id, step=step, state=article.state, by_username=principal.username,
                         by_unit_id=principal.unit_id, note=note))


async def create(session: AsyncSession, principal: Principal, *, data: NewsCreate,
                 audit: AuditContext) -> NewsArticle:
    unit_id = data.unit_id or principal.unit_id
    if not await in_scope(session, principal, unit_id):
        raise NotFound("unit_not_found")
    body, audience = await _check(session, principal, unit_id, data)
    article = NewsArticle(unit_id=unit_id, category=data.category, title="", summary="", body_html="",
                          search_text="", state="draft", created_by=principal.username)
    _fill(article, data, body)
    session.add(article)
    await session.flush()
    await _set_audience(session, article.id, audience)
    _step(session, principal, article, "create")
    await audit.record(session, action="create", resource_type="news_article", resource_id=str(article.id),
                       unit_id=unit_id, detail={"title": article.title, "province_wide": article.province_wide,
                                                "audience": audience})
    return article


async def _editable(session: AsyncSession, principal: Principal, article_id: uuid.UUID) -> NewsArticle:
    path = await repository.unit_path(session, principal.unit_id)
    article, mine = await repository.get(session, principal, article_id, path, clock.utcnow(), for_update=True)
    if article is None:
        raise NotFound("news.not_found")
    if not mine:
        raise Forbidden("news.not_yours")
    return article


async def update(session: AsyncSession, principal: Principal, *, article_id: uuid.UUID, data: NewsUpdate,
                 audit: AuditContext) -> NewsArticle:
    article = await _editable(session, principal, article_id)
    if article.state not in rules.EDITABLE:
        raise Conflict("news.not_editable")
    if data.row_version != article.row_version:
        raise Conflict("news.stale", revision=article.row_version)
    body, audience = await _check(session, principal, article.unit_id, data)
    _fill(article, data, body)
    article.state = "draft"  # a rejected article corrected is a draft again
    article.updated_at, article.row_version = clock.utcnow(), article.row_version + 1
    await _set_audience(session, article.id, audience)
    _step(session, principal, article, "edit")
    await audit.record(session, action="update", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"title": article.title, "audience": audience})
    return article


async def take_step(session: AsyncSession, principal: Principal, *, article_id: uuid.UUID, step: str, body: StepIn,
                    audit: AuditContext) -> NewsArticle:
    article = await _editable(session, principal, article_id)
    if step in ("approve", "reject") and not principal.is_province_wide:
        raise Forbidden("news.editor_only")
    if step == "approve":  # never one's own article (common.duties)
        ensure_separate(principal, [article.created_by, *(s.by_username for s in await repository.steps(
            session, article.id) if s.step in ("create", "edit", "submit"))])
    if body.row_version is not None and body.row_version != article.row_version:
        raise Conflict("news.stale", revision=article.row_version)
    after = rules.next_state(article.state, step)
    if after is None:
        raise Conflict("news.step_not_allowed")
    reason = (body.reason or "").strip() or None
    if step == "reject" and not reason:
        raise ValidationFailed(fields=[FieldError("reason", "news.reject_reason_required")])
    now = clock.utcnow()
    if step == "approve" and article.publish_until is not None and article.publish_until <= now:
        raise ValidationFailed(fields=[FieldError("publish_until", "news.window_over")])
    article.state = after
    if step in ("approve", "reject"):
        article.decided_by, article.reject_reason = principal.username, reason if step == "reject" else None
    if step == "approve":
        article.published_at = now
    article.updated_at, article.row_version = now, article.row_version + 1
    _step(session, principal, article, step, reason)
    await audit.record(session, action=f"news.{step}", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"state": after, **({"reason": reason} if reason else {})})
    return article


async def read(session: AsyncSession, principal: Principal, article_id: uuid.UUID) -> tuple[NewsArticle, bool]:
    path = await repository.unit_path(session, principal.unit_id)
    article, mine = await repository.get(session, principal, article_id, path, clock.utcnow())
    if article is None:
        raise NotFound("news.not_found")
    return article, mine


async def set_cover(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                    article_id: uuid.UUID, data: bytes, audit: AuditContext) -> NewsArticle:
    article = await _editable(session, principal, article_id)
    if article.state not in rules.EDITABLE:
        raise Conflict("news.not_editable")
    checked = files.check(data, max_bytes=settings.cover_max_bytes, images_only=True)
    key = f"news/{article.id}/cover-{checked.sha256[:16]}.{checked.extension}"
    await put_bytes(s3, settings.files_bucket, key, checked.data, checked.content_type,
                    metadata={"sha256": checked.sha256})
    article.cover_key, article.cover_type = key, checked.content_type
    article.updated_at, article.row_version = clock.utcnow(), article.row_version + 1
    await audit.record(session, action="news.cover", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"sha256": checked.sha256, "size": len(data)})
    return article


async def cover(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                article_id: uuid.UUID) -> tuple[bytes, str]:
    article, _ = await read(session, principal, article_id)
    if not article.cover_key:
        raise NotFound("news.not_found")
    return await get_bytes(s3, settings.files_bucket, article.cover_key), article.cover_type or "image/jpeg"


async def attach(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                 article_id: uuid.UUID, data: bytes, filename: str | None, audit: AuditContext) -> NewsArticle:
    article = await _editable(session, principal, article_id)
    if article.state not in rules.EDITABLE:
        raise Conflict("news.not_editable")
    checked = files.check(data, max_bytes=settings.attachment_max_bytes)
    attachment = await files.store(session, s3, settings.files_bucket, owner_type="news", owner_id=article.id,
                                   checked=checked, filename=filename, created_by=principal.username)
    article.updated_at, article.row_version = clock.utcnow(), article.row_version + 1
    await audit.record(session, action="attach", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"attachment": str(attachment.id), "sha256": checked.sha256,
                                                        "size": len(data)})
    return article


async def detach(session: AsyncSession, principal: Principal, *, article_id: uuid.UUID, attachment_id: uuid.UUID,
                 audit: AuditContext) -> NewsArticle:
    article = await _editable(session, principal, article_id)
    attachment = await files.one(session, "news", article.id, attachment_id)
    if attachment is None:
        raise NotFound("news.not_found")
    if article.state not in rules.EDITABLE:
        raise Conflict("news.not_editable")
    await session.delete(attachment)
    article.updated_at, article.row_version = clock.utcnow(), article.row_version + 1
    await audit.record(session, action="detach", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"attachment": str(attachment_id)})
    return article


async def attachment(session: AsyncSession, s3: Minio, settings: NotifySettings, principal: Principal, *,
                     article_id: uuid.UUID, attachment_id: uuid.UUID,
                     audit: AuditContext) -> tuple[bytes, files.Attachment]:
    article, _ = await read(session, principal, article_id)
    found = await files.one(session, "news", article.id, attachment_id)
    if found is None:
        raise NotFound("news.not_found")
    data = await files.read(s3, settings.files_bucket, found)
    await audit.record(session, action="download", resource_type="news_article", resource_id=str(article.id),
                       unit_id=article.unit_id, detail={"attachment": str(found.id)})
    return data, found
