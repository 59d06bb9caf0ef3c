"""The personnel app in-process on its own migrated database with real tokens (the evaluations' fixtures: unit
tree replica, career catalogs). The pure rule tests use none of it."""

from tests.personnel.evaluations.conftest import api, as_user, personnel_db

__all__ = ["api", "as_user", "personnel_db"]
