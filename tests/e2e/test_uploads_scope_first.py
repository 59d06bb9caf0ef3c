"""Every upload checks the scope before the file and the form: an account of another branch that sends a
broken file, or no file at all, to a record it cannot see gets the 404 of a record that does not exist
(never a 422 that would tell the record is there), through the running services.

The records are the demo province's, found by their own units' accounts (Sở Tư pháp's officer; the
announcements of the Sở Nội vụ's administrator); the attacker is xa.phulinh, officer of a commune, who
holds the roles each upload asks for, so only the scope stands in the way."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from common.testing import stack

ATTACKER = "xa.phulinh"
BROKEN = {"file": ("quyet-dinh.pdf", b"%PDF-1.7 not really a PDF", "application/pdf")}


def _first(body: Any) -> dict[str, Any]:
    items = body if isinstance(body, list) else next(
        (body[k] for k in ("items", "data", "results") if isinstance(body.get(k), list)), [])
    if not items:
        pytest.fail("the demo data has no such record: is the demo province loaded (make run)?")
    return items[0]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    with httpx.Client(base_url=stack.gateway_url(), timeout=60) as c:
        yield c  # type: ignore[misc]


def _get(client: httpx.Client, token: str, path: str) -> Any:
    resp = client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200, f"{path}: {resp.status_code} {resp.text[:200]}"
    return resp.json()


def _uploads(service: str, client: httpx.Client, token_for: Any) -> list[tuple[str, str, str, dict[str, str]]]:
    """(method, path with {id}, the real id, form fields) of the service's uploads."""
    own = token_for("stp.officer")
    if service == "personnel":
        person = _first(_get(client, own, "/api/personnel/persons?size=1"))["person_id"]
        batch = _first(_get(client, own, "/api/personnel/batches"))["id"]
        return [("post", "/api/personnel/persons/{}/documents", person, {"document_type": "x" * 100}),
                ("post", "/api/personnel/persons/{}/documents", person, {}),
                ("put", "/api/personnel/persons/{}/photo", person, {}),
                ("put", "/api/personnel/batches/{}/scan", batch, {})]
    if service == "transfer":
        case = _first(_get(client, own, "/api/transfer/cases"))["id"]
        return [("put", "/api/transfer/cases/{}/decision-document", case, {})]
    thread = _first(_get(client, own, "/api/notify/messages/threads"))["id"]
    announcement = _first(_get(client, token_for("snv.admin"), "/api/notify/announcements/outbox"))["id"]
    message = str(uuid.uuid4())  # the thread is what the attacker cannot see
    return [("post", "/api/notify/announcements/{}/attachments", announcement, {}),
            ("post", "/api/notify/messages/threads/{}/messages/" + message + "/attachments", thread, {})]


@pytest.mark.parametrize("service", ["personnel", "transfer", "notify"])
def test_an_upload_to_another_branchs_record_is_a_404_whatever_the_file(
        service: str, client: httpx.Client, token_for: Any) -> None:
    attacker = {"Authorization": f"Bearer {token_for(ATTACKER)}"}
    failures = []
    for method, path, real, form in _uploads(service, client, token_for):
        for files in (BROKEN, None):
            got = client.request(method, path.format(real), headers=attacker, files=files, data=form)
            missing = client.request(method, path.format(uuid.uuid4()), headers=attacker, files=files, data=form)
            what = f"{method.upper()} {path} ({'broken file' if files else 'no file'}, form {sorted(form)})"
            if got.status_code != 404:
                failures.append(f"{what}: {got.status_code} {got.text[:160]}")
            elif (missing.status_code, missing.json()["error"]) != (404, got.json()["error"]):
                failures.append(f"{what}: a real record answers unlike a missing one ({missing.text[:160]})")
    assert not failures, "\n".join(failures)
