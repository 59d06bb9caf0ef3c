"""HTML of the printed forms (Jinja2, autoescaped) and its PDF (WeasyPrint through common.exports)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from common.exports import pdf_bytes
from personnel.printing import formatting
from personnel.printing.view import ProfileView

Form = Literal["2c", "unified"]
TEMPLATES = {"2c": "form_2c.html", "unified": "form_unified.html"}
TITLES = {"2c": "Sơ yếu lý lịch 2C", "unified": "Sơ yếu lý lịch"}


@dataclass(frozen=True)
class Header:
    """The header block: who manages and employs the person, and the person's numbers."""

    managing: str | None
    employing: str | None
    personnel_number: str | None
    identification_code: str | None


def _rows(items: Iterable[Any], *attrs: str) -> list[tuple[Any, ...]]:
    return [tuple(getattr(item, a) for a in attrs) for item in items]


def _css_string(value: str) -> Markup:
    # Inside <style> nothing is entity-decoded, so escape for a CSS string instead of for HTML.
    cleaned = "".join(c for c in str(value) if c.isprintable() and c not in "<>")
    return Markup(cleaned.replace("\\", "\\\\").replace('"', '\\"'))  # noqa: S704 (escaped for CSS above)


# WeasyPrint logs each layout step at INFO: seven lines a page in the service log, no information.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

_env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(enabled_extensions=("html", "css"), default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["css_string"] = _css_string
_env.globals.update(rows=_rows, f=formatting)


def render_html(form: Form, view: ProfileView, header: Header, *, trace: str, photo: str | None = None) -> str:
    """`trace` is the small print at the foot of each page (source, version, printing date); `photo` the
    3×4 photo as a data: URI (only ever one the service stored after checking it), or None for the box."""
    if photo and not photo.startswith(("data:image/jpeg;base64,", "data:image/png;base64,")):
        photo = None
    return _env.get_template(TEMPLATES[form]).render(p=view.p, v=view, h=header, trace=trace, photo=photo)


def render_pdf(form: Form, view: ProfileView, header: Header, *, trace: str, photo: str | None = None) -> bytes:
    return pdf_bytes(render_html(form, view, header, trace=trace, photo=photo))
