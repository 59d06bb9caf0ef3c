"""Every query of news: what an account reads (live articles addressed to its unit) and what it edits
(articles of units in its scope)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from common.auth import Principal
from common.scope import UnitNode, scope_clause
from notify.news.tables import NewsArticle, NewsAudience, NewsStep


async def unit_path(session: AsyncSession, unit_id: str) -> list[str]:
    node = await session.get(UnitNode, unit_id)
    return list(node.path) if node is not None else [unit_id]


def live(now: datetime) -> Any:
    return and_(NewsArticle.state == "published",
                or_(NewsArticle.publish_from.is_(None), NewsArticle.publish_from <= now),  # type: ignore[union-attr]
                or_(NewsArticle.publish_until.is_(None), NewsArticle.publish_until > now))  # type: ignore[union-attr]


def addressed_to(path: list[str]) -> Any:
    """Province-wide, or addressed to the reader's unit or one above it (an audience unit covers its subtree)."""
    return or_(NewsArticle.province_wide.is_(True),  # type: ignore[attr-defined]
               exists().where(NewsAudience.article_id == NewsArticle.id,
                              NewsAudience.unit_id.in_(path)))  # type: ignore[attr-defined]


def readable(principal: Principal, path: list[str], now: datetime) -> Any:
    """Live and addressed to the reader; the province's editors read every live article."""
    return and_(live(now), true() if principal.is_province_wide else addressed_to(path))


def editable(principal: Principal) -> Any:
    """Articles written by units of the account's scope."""
    return scope_clause(principal, NewsArticle.unit_id)


def _search(stmt: Any, q: str | None, category: str | None) -> Any:
    if q:
        for word in q.split():
            stmt = stmt.where(NewsArticle.search_text.contains(word, autoescape=True))  # type: ignore[attr-defined]
    if category:
        stmt = stmt.where(NewsArticle.category == category)
    return stmt


async def page(session: AsyncSession, stmt: Any, order: list[Any], page: int,
               size: int) -> tuple[list[NewsArticle], int]:
    total = int(await session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    rows = (await session.scalars(stmt.order_by(*order).offset((page - 1) * size).limit(size))).all()
    return list(rows), total


async def published(session: AsyncSession, principal: Principal, path: list[str], now: datetime, *,
                    q: str | None, category: str | None, page_no: int, size: int) -> tuple[list[NewsArticle], int]:
    stmt = _search(select(NewsArticle).where(readable(principal, path, now)), q, category)
    return await page(session, stmt, [NewsArticle.pinned.desc(), func.coalesce(  # type: ignore[attr-defined]
        NewsArticle.publish_from, NewsArticle.published_at).desc()], page_no, size)


async def editorial(session: AsyncSession, principal: Principal, *, states: tuple[str, ...], unit_id: str | None,
                    q: str | None, category: str | None, page_no: int, size: int) -> tuple[list[NewsArticle], int]:
    stmt = select(NewsArticle).where(editable(principal), NewsArticle.state.in_(states))  # type: ignore[attr-defined]
    if unit_id:
        stmt = stmt.where(NewsArticle.unit_id.in_(  # type: ignore[attr-defined]
            select(UnitNode.unit_id).where(UnitNode.path.contains([unit_id]))))  # type: ignore[attr-defined]
    stmt = _search(stmt, q, category)
    return await page(session, stmt, [NewsArticle.updated_at.desc()], page_no, size)


async def get(session: AsyncSession, principal: Principal, article_id: uuid.UUID, path: list[str], now: datetime, *,
              for_update: bool = False) -> tuple[NewsArticle | None, bool]:
    """(the article, whether the account may edit it): readable when live and addressed to it, or written
    in its scope; None otherwise (exactly as for an article that does not exist)."""
    stmt = select(NewsArticle, editable(principal).label("mine")).where(
        NewsArticle.id == article_id, or_(readable(principal, path, now), editable(principal)))
    if for_update:
        stmt = stmt.with_for_update(of=NewsArticle)  # type: ignore[arg-type]
    row = (await session.execute(stmt)).first()
    if row is None:
        return None, False
    return row[0], bool(row[1])


async def audience(session: AsyncSession, article_id: uuid.UUID) -> list[str]:
    return list((await session.scalars(select(NewsAudience.unit_id).where(
        NewsAudience.article_id == article_id).order_by(NewsAudience.unit_id))).all())


async def steps(session: AsyncSession, article_id: uuid.UUID) -> list[NewsStep]:
    return list((await session.scalars(select(NewsStep).where(NewsStep.article_id == article_id)
                                       .order_by(NewsStep.seq))).all())


async def units(session: AsyncSession, unit_ids: set[str]) -> dict[str, UnitNode]:
    if not unit_ids:
        return {}
    rows = (await session.scalars(select(UnitNode).where(UnitNode.unit_id.in_(unit_ids)))).all()  # type: ignore[attr-defined]
    return {u.unit_id: u for u in rows}


async def feed(session: AsyncSession, now: datetime, limit: int) -> list[NewsArticle]:
    """Live province-wide articles, newest first: what other portals may republish."""
    rows = (await session.scalars(select(NewsArticle).where(live(now), NewsArticle.province_wide.is_(True))  # type: ignore[attr-defined]
                                  .order_by(func.coalesce(NewsArticle.publish_from, NewsArticle.published_at).desc())
                                  .limit(limit))).all()
    return list(rows)


