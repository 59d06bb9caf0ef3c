"""The Atom feed (RFC 4287) of live province-wide news, for the province's other e-government portals."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from notify.news.tables import NewsArticle


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _time(moment: datetime | None) -> str:
    return (moment or datetime(2026, 1, 1, tzinfo=UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom(articles: list[NewsArticle], *, base_url: str, feed_url: str, unit_names: dict[str, str],
         labels: dict[str, str]) -> str:
    base = base_url.rstrip("/")
    updated = max((a.updated_at for a in articles), default=None)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
           "<title>Tin tức - Sở Nội vụ tỉnh Tuyên Quang</title>",
           "<subtitle>Tin tức công khai toàn tỉnh của hệ thống CSDL cán bộ, công chức, viên chức</subtitle>",
           f"<id>{escape(feed_url)}</id>",
           f'<link rel="self" type="application/atom+xml" href="{_attr(feed_url)}"/>',
           f'<link rel="alternate" type="text/html" href="{_attr(base)}/news"/>',
           f"<updated>{_time(updated)}</updated>"]
    for a in articles:
        link = f"{base}/news/{a.id}"
        out += ["<entry>",
                f"<id>urn:uuid:{a.id}</id>",
                f"<title>{escape(a.title)}</title>",
                f'<link rel="alternate" type="text/html" href="{_attr(link)}"/>',
                f"<published>{_time(a.publish_from or a.published_at)}</published>",
                f"<updated>{_time(a.updated_at)}</updated>",
                f"<author><name>{escape(unit_names.get(a.unit_id, a.unit_id))}</name></author>",
                f'<category term="{_attr(a.category)}" label="{_attr(labels.get(a.category, a.category))}"/>',
                f"<summary>{escape(a.summary)}</summary>",
                f'<content type="html">{escape(a.body_html)}</content>',  # sanitised on input
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
