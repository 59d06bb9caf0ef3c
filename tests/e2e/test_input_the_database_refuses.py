"""Input the database cannot take is the client's error, never a 500 (found by fuzzing the OpenAPI
documents with schemathesis): a NUL character in a search, a page number beyond any offset, a count beyond
the column's integer. Each answers 422 with a Vietnamese message and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from common.testing.plugin import auth

API = "/api"


@pytest.fixture
def as_user(token_for) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    return lambda username: auth(token_for(username))


async def test_a_nul_character_in_a_search_is_refused_with_a_clear_message(gateway, as_user):
    r = await gateway.get(f"{API}/personnel/persons", params={"q": "Ngu\x00yen"}, headers=as_user("stp.officer"))
    assert (r.status_code, r.json()["error"]) == (422, "unsupported_characters"), r.text
    assert r.json()["message"].startswith("Dữ liệu có ký tự không hợp lệ")


async def test_a_page_beyond_any_offset_and_a_number_beyond_its_column_are_refused(gateway, as_user):
    r = await gateway.get(f"{API}/identity/accounts", params={"offset": 175909180729438863360},
                          headers=as_user("snv.admin"))
    assert (r.status_code, r.json()["error"]) == (422, "value_out_of_range"), r.text
    before = (await gateway.get(f"{API}/org/units/SNV/quotas/2091", headers=as_user("snv.admin"))).json()
    r = await gateway.put(f"{API}/org/units/SNV/quotas/2091", headers=as_user("snv.admin"),
                          json={"staffing_quota": 3, "headcount_quota": 8796093022208,
                                "row_version": before["row_version"]})
    assert (r.status_code, r.json()["error"]) == (422, "value_out_of_range"), r.text
    assert r.json()["message"] == "Giá trị vượt quá giới hạn cho phép."
    assert (await gateway.get(f"{API}/org/units/SNV/quotas/2091", headers=as_user("snv.admin"))).json() == before
