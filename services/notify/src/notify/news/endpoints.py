"""Routes of news: thin, each parses, authorizes, calls the service and returns."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response

from common import clock
from common.app import SessionDep
from common.audit import Audit
from common.errors import request_language
from common.exports import content_disposition
from common.text import fold
from notify.deps import Reader, Writer, settings_of
from notify.news import feed, repository, rules, service, views
from notify.news.schemas import Category, NewsCreate, NewsPage, NewsPublic, NewsUpdate, Step, StepIn

router = APIRouter(prefix="/news", tags=["news"])
Box = Literal["open", "draft", "pending", "published", "rejected", "withdrawn", "all"]
BOXES: dict[str, tuple[str, ...]] = {"open": ("draft", "pending", "rejected"), "all": rules.STATES}


@router.get("/categories")
async def categories(request: Request, principal: Reader) -> list[Category]:
    lang = request_language(request)
    return [Category(code=c, label=views.label(c, lang)) for c in rules.CATEGORIES]


@router.get("/feed.atom", response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
async def atom_feed(request: Request, session: SessionDep) -> Response:
    """Live province-wide news as Atom, without signing in (for other e-government portals)."""
    settings = settings_of(request)
    articles = await repository.feed(session, clock.utcnow(), settings.feed_entries)
    names = {u: n.name for u, n in (await repository.units(session, {a.unit_id for a in articles})).items()}
    body = feed.atom(articles, base_url=settings.public_url,
                     feed_url=f"{settings.public_url}/api/notify/news/feed.atom", unit_names=names,
                     labels={c: v for c, (v, _) in rules.CATEGORIES.items()})
    return Response(content=body, media_type="application/atom+xml; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})


@router.get("")
async def list_news(request: Request, session: SessionDep, principal: Reader,
                    q: Annotated[str | None, Query(max_length=200,
                                                   description="words, with or without diacritics")] = None,
                    category: Annotated[str | None, Query(max_length=30)] = None,
                    page: Annotated[int, Query(ge=1)] = 1,
                    size: Annotated[int, Query(ge=1, le=100)] = 20) -> NewsPage:
    """The news this account reads now: live, addressed to the province or to its unit (pinned first)."""
    path = await repository.unit_path(session, principal.unit_id)
    rows, total = await repository.published(session, principal, path, clock.utcnow(), q=fold(q or "") or None,
                                             category=category, page_no=page, size=size)
    return NewsPage(items=await views.summaries(session, rows, request_language(request)), total=total, page=page,
                    size=size)


@router.get("/editorial")
async def editorial(request: Request, session: SessionDep, principal: Writer,
                    state: Annotated[Box, Query(description="open: drafts, pending and rejected")] = "open",
                    unit_id: Annotated[str | None, Query(max_length=64)] = None,
                    q: Annotated[str | None, Query(max_length=200)] = None,
                    category: Annotated[str | None, Query(max_length=30)] = None,
                    page: Annotated[int, Query(ge=1)] = 1,
                    size: Annotated[int, Query(ge=1, le=100)] = 20) -> NewsPage:
    """Articles written by units of the account's scope (the Department's editors: every unit's)."""
    rows, total = await repository.editorial(session, principal, states=BOXES.get(state, (state,)), unit_id=unit_id,
                                             q=fold(q or "") or None, category=category, page_no=page, size=size)
    return NewsPage(items=await views.summaries(session, rows, request_language(request)), total=total, page=page,
                    size=size)


@router.post("", status_code=201)
async def create_news(request: Request, data: NewsCreate, session: SessionDep, principal: Writer,
                      audit: Audit) -> NewsPublic:
    """A draft; the body's HTML is sanitised (scripts, event handlers, styles removed)."""
    article = await service.create(session, principal, data=data, audit=audit)
    return await views.public(session, article, principal, True, request_language(request))


@router.get("/{article_id}")
async def get_news(request: Request, article_id: uuid.UUID, session: SessionDep, principal: Reader) -> NewsPublic:
    article, mine = await service.read(session, principal, article_id)
    return await views.public(session, article, principal, mine, request_language(request))


@router.put("/{article_id}")
async def update_news(request: Request, article_id: uuid.UUID, data: NewsUpdate, session: SessionDep,
                      principal: Writer, audit: Audit) -> NewsPublic:
    article = await service.update(session, principal, article_id=article_id, data=data, audit=audit)
    return await views.public(session, article, principal, True, request_language(request))


async def article_editable(article_id: uuid.UUID, session: SessionDep, principal: Writer) -> None:
    """Scope before the body (FastAPI checks the form after the dependencies): 404 outside it, whatever is sent."""
    await service._editable(session, principal, article_id)


@router.put("/{article_id}/cover", dependencies=[Depends(article_editable)])
async def upload_cover(request: Request, article_id: uuid.UUID, session: SessionDep, principal: Writer, audit: Audit,
                       file: Annotated[UploadFile, File(description="JPEG or PNG")]) -> NewsPublic:
    settings = settings_of(request)
    data = await file.read(settings.cover_max_bytes + 1)
    article = await service.set_cover(session, request.app.state.s3, settings, principal, article_id=article_id,
                                      data=data, audit=audit)
    return await views.public(session, article, principal, True, request_language(request))


@router.get("/{article_id}/cover", response_class=Response)
async def get_cover(request: Request, article_id: uuid.UUID, session: SessionDep, principal: Reader) -> Response:
    data, content_type = await service.cover(session, request.app.state.s3, settings_of(request), principal,
                                             article_id=article_id)
    return Response(content=data, media_type=content_type,
                    headers={"Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff"})


@router.post("/{article_id}/attachments", status_code=201, dependencies=[Depends(article_editable)])
async def add_attachment(request: Request, article_id: uuid.UUID, session: SessionDep, principal: Writer,
                         audit: Audit, file: Annotated[UploadFile, File(description="PDF, JPEG, PNG, DOCX, XLSX")]
                         ) -> NewsPublic:
    settings = settings_of(request)
    data = await file.read(settings.attachment_max_bytes + 1)
    article = await service.attach(session, request.app.state.s3, settings, principal, article_id=article_id,
                                   data=data, filename=file.filename, audit=audit)
    return await views.public(session, article, principal, True, request_language(request))


@router.delete("/{article_id}/attachments/{attachment_id}")
async def remove_attachment(request: Request, article_id: uuid.UUID, attachment_id: uuid.UUID, session: SessionDep,
                            principal: Writer, audit: Audit) -> NewsPublic:
    article = await service.detach(session, principal, article_id=article_id, attachment_id=attachment_id, audit=audit)
    return await views.public(session, article, principal, True, request_language(request))


@router.get("/{article_id}/attachments/{attachment_id}", response_class=Response)
async def download_attachment(request: Request, article_id: uuid.UUID, attachment_id: uuid.UUID,
                              session: SessionDep, principal: Reader, audit: Audit) -> Response:
    data, found = await service.attachment(session, request.app.state.s3, settings_of(request), principal,
                                           article_id=article_id, attachment_id=attachment_id, audit=audit)
    return Response(content=data, media_type=found.content_type,
                    headers={"Content-Disposition": content_disposition(found.name),
                             "X-Content-Type-Options": "nosniff"})


@router.post("/{article_id}/{step}")
async def take_step(request: Request, article_id: uuid.UUID, step: Step, session: SessionDep, principal: Writer,
                    audit: Audit, body: StepIn | None = None) -> NewsPublic:
    """submit (the writing unit), approve or reject (the Department's editors), withdraw."""
    article = await service.take_step(session, principal, article_id=article_id, step=step, body=body or StepIn(),
                                      audit=audit)
    return await views.public(session, article, principal, True, request_language(request))
