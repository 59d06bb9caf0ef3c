"""fold, for the code that stores a person's search columns (persons.projection) and the tools that generate
people: defined with the rest of the name-term grammar in personnel.search.terms."""

from __future__ import annotations

from personnel.search.terms import fold

__all__ = ["fold"]
