"""Articles as the client sees them (with unit names, labels, attachments, what the viewer may do)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from common import clock
from common.auth import Principal
from notify import files
from notify.news import repository, rules
from notify.news.schemas import AttachmentPublic, AudienceUnit, NewsPublic, NewsStepPublic, NewsSummary
from notify.news.tables import NewsArticle


def label(category: str, lang: str = "vi") -> str:
    vi, en = rules.CATEGORIES.get(category, (category, category))
    return en if lang == "en" else vi


def summary(article: NewsArticle, unit_names: dict[str, str], lang: str = "vi") -> NewsSummary:
    return NewsSummary(
        id=article.id, unit_id=article.unit_id, author_unit=unit_names.get(article.unit_id),
        category=article.category, category_label=label(article.category, lang), title=article.title,
        summary=article.summary, state=article.state, province_wide=article.province_wide, pinned=article.pinned,
        has_cover=bool(article.cover_key), publish_from=article.publish_from, publish_until=article.publish_until,
        published_at=article.published_at, updated_at=article.updated_at, row_version=article.row_version)


async def summaries(session: AsyncSession, articles: list[NewsArticle], lang: str = "vi") -> list[NewsSummary]:
    names = {u: n.name for u, n in (await repository.units(session, {a.unit_id for a in articles})).items()}
    return [summary(a, names, lang) for a in articles]


async def public(session: AsyncSession, article: NewsArticle, principal: Principal, mine: bool,
                 lang: str = "vi") -> NewsPublic:
    audience = await repository.audience(session, article.id)
    nodes = await repository.units(session, {article.unit_id, *audience})
    names = {u: n.name for u, n in nodes.items()}
    attachments = (await files.of(session, "news", [article.id])).get(article.id, [])
    steps = await repository.steps(session, article.id) if mine else []
    return NewsPublic(
        **summary(article, names, lang).model_dump(),
        body_html=article.body_html,
        audience=[AudienceUnit(unit_id=u, unit_name=names.get(u)) for u in audience],
        attachments=[AttachmentPublic(id=a.id, name=a.name, content_type=a.content_type, size=a.size)
                     for a in attachments],
        created_by=article.created_by, decided_by=article.decided_by, reject_reason=article.reject_reason,
        steps=[NewsStepPublic(step=s.step, state=s.state, by_username=s.by_username, at=s.at, note=s.note)
               for s in steps],
        live=rules.is_live(article.state, article.publish_from, article.publish_until, clock.utcnow()),
        can_edit=mine and article.state in rules.EDITABLE,
        can_approve=principal.is_province_wide and article.state == "pending",
    )
