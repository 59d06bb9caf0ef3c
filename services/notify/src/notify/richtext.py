"""Rich text written by users (news bodies, announcements), sanitised on input by nh3 (ammonia), never by hand."""

from __future__ import annotations

import html

import nh3

# What a body may hold: the rich text an editor writes, no scripts, no event handlers, no styles, no frames;
# links only to http(s) and mail, opened without access to this window.
TAGS = {"p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h2", "h3", "h4", "ul", "ol", "li",
        "blockquote", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "figure", "figcaption"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "th": {"colspan", "rowspan"},
              "td": {"colspan", "rowspan"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitize(body_html: str) -> str:
    """The body as it is stored: the allowed tags and attributes kept, everything else dropped."""
    return nh3.clean(body_html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow", strip_comments=True).strip()


def plain_text(body_html: str) -> str:
    """The words of a body (for search and summaries): every tag removed, entities decoded."""
    return " ".join(html.unescape(nh3.clean(body_html, tags=set())).split())


def is_empty(body_html: str) -> bool:
    return not plain_text(body_html) and "<img" not in body_html
