"""The personnel app in-process on its own migrated database (as tests/personnel/careers: unit tree replica,
career catalogs with the holiday calendar, real Keycloak tokens, S3), for the monthly certification. Its
development CA lives in a directory of its own: the test units' certificates never mix with the stack's."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.personnel.careers.conftest import api, as_user, personnel_db  # noqa: F401


@pytest.fixture(scope="module", autouse=True)
def signing_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("signing")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PERSONNEL_SIGNING_DIR", str(path))
        yield path
