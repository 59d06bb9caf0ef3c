"""How values look on the paper forms: dates dd/mm/yyyy, periods mm/yyyy, Vietnamese decimal commas and
thousands dots. Pure functions; None stays None so the template can print a dotted blank."""

from __future__ import annotations

from datetime import date
from decimal import Decimal


def day(value: date | None) -> str | None:
    return value.strftime("%d/%m/%Y") if value else None


def month(value: str | None) -> str | None:
    """"2004-09" -> "09/2004"."""
    if not value:
        return None
    year, mon = value.split("-", 1)
    return f"{mon}/{year}"


def period(start: str | None, end: str | None, *, open_end: str | None = None) -> str | None:
    """"09/2004 - 06/2008"; an open end prints `open_end` ("nay" for a job still held)."""
    first, last = month(start), month(end) or open_end
    if first and last:
        return f"{first} - {last}"
    return first or last


def decimal(value: Decimal | float | None, places: int = 2) -> str | None:
    if value is None:
        return None
    return f"{Decimal(value):.{places}f}".replace(".", ",")


def percent(value: Decimal | None) -> str | None:
    if value is None:
        return None
    text = f"{Decimal(value).normalize():f}".replace(".", ",")
    return f"{text}%"


def money(value: int | None) -> str | None:
    return f"{value:,}".replace(",", ".") if value is not None else None


def year_of(value: date | str | None) -> str | None:
    if value is None:
        return None
    return str(value.year) if isinstance(value, date) else value[:4]


def joined(*parts: str | None, sep: str = ", ") -> str | None:
    text = sep.join(p for p in parts if p)
    return text or None
