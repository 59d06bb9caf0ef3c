"""The personnel app in-process on its own migrated database (as tests/personnel/careers: unit tree replica,
career catalogs with the holiday calendar, real Keycloak tokens, S3), for the monthly certification."""

from tests.personnel.careers.conftest import api, as_user, personnel_db  # noqa: F401
