"""Number fields take the digits 0-9 only (issue 12, item 5). Python's Decimal(), int() and \\d also read
full-width (０-９), Arabic-Indic (٠-٩) and other scripts' digits; a record must not hold them (other
systems, search, the printed forms and the national database read ASCII), so they are refused, never
converted silently. Pure: used by the profile's sections (schema.Section) and by profiles.rules."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

CODE = "profile.non_ascii_digits"


def has_other_digits(text: str) -> bool:
    """True when the text holds a digit of any script other than ASCII 0-9."""
    return any(not ("0" <= ch <= "9") and (ch.isdigit() or unicodedata.decimal(ch, None) is not None)
               for ch in text)


def is_number_type(annotation: Any) -> bool:
    """int, float or Decimal, also inside Optional/Annotated."""
    if annotation in (int, float, Decimal):
        return True
    origin = get_origin(annotation)
    if origin is Annotated:
        return is_number_type(get_args(annotation)[0])
    if origin is Union or origin is UnionType:
        return any(is_number_type(a) for a in get_args(annotation))
    return False


def check_number_input(value: Any, annotation: Any) -> Any:
    """The value unchanged, or ValueError(CODE) for a number written with other digits."""
    if isinstance(value, str) and has_other_digits(value) and is_number_type(annotation):
        raise ValueError(CODE)
    return value
