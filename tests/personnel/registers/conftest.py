"""The personnel app in-process on its own migrated database (as tests/personnel/careers: unit tree replica,
career catalogs, real Keycloak tokens), for the award, discipline and training registers."""

from tests.personnel.careers.conftest import api, as_user, personnel_db  # noqa: F401
