"""An article, the units it is addressed to, and its history of steps."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, Text
from sqlmodel import Field, SQLModel

from common.db import new_id, utcnow


class NewsArticle(SQLModel, table=True):
    __tablename__ = "news_article"
    __table_args__ = (
        Index("ix_news_article_live", "state", "pinned", "publish_from"),
        Index("ix_news_article_unit", "unit_id", "state"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(max_length=64)  # the unit that writes it
    category: str = Field(max_length=30)  # rules.CATEGORIES
    title: str = Field(max_length=300)
    summary: str = Field(max_length=1000)
    body_html: str = Field(sa_column=Column(Text, nullable=False))  # sanitised on input (rules.sanitize)
    search_text: str = Field(sa_column=Column(Text, nullable=False))  # folded title, summary and words of the body
    state: str = Field(max_length=20)  # rules.STATES
    province_wide: bool = True  # else: the units of news_audience and their subtrees
    pinned: bool = False
    publish_from: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    publish_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    cover_key: str | None = Field(default=None, max_length=300)
    cover_type: str | None = Field(default=None, max_length=40)
    created_by: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    published_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    decided_by: str | None = Field(default=None, max_length=120)  # the editor who approved or rejected
    reject_reason: str | None = Field(default=None, max_length=1000)
    row_version: int = 1


class NewsAudience(SQLModel, table=True):
    """A unit an article is addressed to (with its subtree)."""

    __tablename__ = "news_audience"
    __table_args__ = (Index("ix_news_audience_unit", "unit_id"),)

    article_id: uuid.UUID = Field(foreign_key="news_article.id", primary_key=True)
    unit_id: str = Field(max_length=64, primary_key=True)


class NewsStep(SQLModel, table=True):
    """Who created, submitted, approved, rejected, withdrew: never updated."""

    __tablename__ = "news_step"
    __table_args__ = (Index("ix_news_step_article", "article_id", "seq"),)

    seq: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    article_id: uuid.UUID = Field(foreign_key="news_article.id")
    step: str = Field(max_length=20)
    state: str = Field(max_length=20)
    by_username: str = Field(max_length=120)
    by_unit_id: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    note: str | None = Field(default=None, max_length=1000)
