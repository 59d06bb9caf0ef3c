"""What personnel reads from its catalog copy (common.catalogs) beyond codes and names."""

from __future__ import annotations

from common.catalogs import CatalogLookup
from personnel.profiles.rules import CenturyDigit


def century_digits(lookup: CatalogLookup) -> dict[str, CenturyDigit]:
    """The 4th digit of a personal identification number -> its century and gender."""
    out = {}
    for item in lookup.items("cccd_century_gender_digit"):
        a = item.attributes
        out[item.code] = CenturyDigit(int(a["birth_year_from"]), int(a["birth_year_to"]), str(a["gender"]))
    return out
