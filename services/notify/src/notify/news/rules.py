"""Pure decisions about news: the categories, the sanitiser, the states and the publishing window."""

from __future__ import annotations

import html
from datetime import datetime

import nh3

from common.text import fold

# The categories of the province's news (Art. 8.2): code -> Vietnamese label, English label.
CATEGORIES: dict[str, tuple[str, str]] = {
    "direction": ("Chỉ đạo, điều hành", "Direction and administration"),
    "organisation": ("Tổ chức bộ máy, biên chế", "Organisation and staffing"),
    "personnel": ("Công tác cán bộ", "Personnel work"),
    "training": ("Đào tạo, bồi dưỡng", "Training"),
    "emulation": ("Thi đua, khen thưởng", "Emulation and awards"),
    "policy": ("Chính sách, pháp luật mới", "New policy and law"),
    "activities": ("Hoạt động của đơn vị", "Units' activities"),
}

# What an article's body may hold: the rich text an editor writes, no scripts, no event handlers, no
# styles, no frames; links only to http(s) and mail, opened without access to this window.
TAGS = {"p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h2", "h3", "h4", "ul", "ol", "li",
        "blockquote", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "figure", "figcaption"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "th": {"colspan", "rowspan"},
              "td": {"colspan", "rowspan"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}

STATES = ("draft", "pending", "published", "rejected", "withdrawn")
EDITABLE = ("draft", "rejected")
# step -> (states it starts from, state it leads to)
STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    "submit": (("draft", "rejected"), "pending"),
    "approve": (("pending",), "published"),
    "reject": (("pending",), "rejected"),
    "withdraw": (("pending", "published"), "withdrawn"),
}


def sanitize(body_html: str) -> str:
    """The body as it is stored: nh3 (ammonia) keeps the allowed tags and attributes, drops the rest."""
    return nh3.clean(body_html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow", strip_comments=True).strip()


def plain_text(body_html: str) -> str:
    """The words of a body (for search and the feed's summary): every tag removed, entities decoded."""
    return " ".join(html.unescape(nh3.clean(body_html, tags=set())).split())


def search_text(title: str, summary: str, body_html: str) -> str:
    return fold(" ".join((title, summary, plain_text(body_html))))


def next_state(state: str, step: str) -> str | None:
    """The state after the step, or None when the step is not possible from this state."""
    starts, after = STEPS[step]
    return after if state in starts else None


def window_problem(publish_from: datetime | None, publish_until: datetime | None) -> str | None:
    if publish_from and publish_until and publish_until <= publish_from:
        return "news.window_reversed"
    return None


def is_live(state: str, publish_from: datetime | None, publish_until: datetime | None, now: datetime) -> bool:
    """Published and inside its window (no start: from its approval; no end: until withdrawn)."""
    return (state == "published" and (publish_from is None or publish_from <= now)
            and (publish_until is None or now < publish_until))
