"""Number fields take the digits 0-9 only (issue 12, item 5). Python's Decimal(), int() and \\d also read
full-width (０-９), Arabic-Indic (٠-٩) and other scripts' digits; a record must not hold them (other
systems, search, the printed forms and the national database read ASCII), so they are refused, never
converted silently. Pure: used by the profile's sections (schema.Section) and by profiles.rules."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

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


_NUMBER_FIELDS: dict[type, tuple[str, ...]] = {}


def number_fields(model: type) -> tuple[str, ...]:
    """The names of a model's fields that hold numbers (int, float, Decimal) or months (YYYY-MM), found once."""
    found = _NUMBER_FIELDS.get(model)
    if found is None:
        fields: Mapping[str, Any] = model.__pydantic_fields__  # type: ignore[attr-defined]
        found = _NUMBER_FIELDS[model] = tuple(
            name for name, info in fields.items() if name.endswith("_month") or is_number_type(info.annotation))
    return found


def refuse_other_digits(model: type, data: Mapping[str, Any]) -> None:
    """Raise a ValidationError (each bad field at its own place) for numbers written with other digits; the
    section's number fields only are looked at, ASCII input costs one isascii() each."""
    bad = [name for name in number_fields(model)
           if isinstance(value := data.get(name), str) and not value.isascii() and has_other_digits(value)]
    if bad:
        raise ValidationError.from_exception_data(model.__name__, [
            InitErrorDetails(type=PydanticCustomError("value_error", f"Value error, {CODE}"), loc=(name,),
                             input=data[name]) for name in bad])


def check_number_input(value: Any, annotation: Any) -> Any:
    """The value unchanged, or ValueError(CODE) for a number written with other digits."""
    if isinstance(value, str) and has_other_digits(value) and is_number_type(annotation):
        raise ValueError(CODE)
    return value
