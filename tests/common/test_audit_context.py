"""The audit records the address the gateway saw, never one the client wrote into a header."""

from __future__ import annotations

from types import SimpleNamespace

import psycopg

from common.audit import client_address
from common.testing import stack
from common.testing.plugin import auth


def request(peer: str, **headers: str) -> SimpleNamespace:
    return SimpleNamespace(client=SimpleNamespace(host=peer),
                           headers={k.lower().replace("_", "-"): v for k, v in headers.items()})


def test_behind_the_gateway_the_address_it_saw_is_recorded():
    assert client_address(request("127.0.0.1", X_Real_IP="203.0.113.9", X_Forwarded_For="6.6.6.6")) == "203.0.113.9"


def test_forwarding_headers_the_client_wrote_are_never_believed():
    assert client_address(request("127.0.0.1", X_Forwarded_For="6.6.6.6, 203.0.113.9")) == "127.0.0.1"


def test_a_caller_reaching_the_service_directly_is_recorded_as_itself():
    assert client_address(request("93.184.216.34", X_Real_IP="6.6.6.6")) == "93.184.216.34"


def test_a_header_that_is_not_an_address_is_ignored():
    assert client_address(request("10.0.0.5", X_Real_IP="<script>")) == "10.0.0.5"


async def test_a_read_sent_with_forged_forwarding_headers_is_audited_with_the_gateways_address(gateway, token_for):
    """Through nginx: whatever the client claims in X-Forwarded-For or X-Real-IP, the entry carries the
    address the gateway saw (this test connects from 127.0.0.1)."""
    headers = {**auth(token_for("snv.admin")), "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "6.6.6.6",
               "X-Request-ID": "audit-address-probe-1"}
    page = (await gateway.get("/api/personnel/persons", params={"size": 1}, headers=auth(token_for("snv.admin"))))
    assert page.status_code == 200 and page.json()["items"], page.text
    person_id = page.json()["items"][0]["person_id"]
    assert (await gateway.get(f"/api/personnel/persons/{person_id}", headers=headers)).status_code == 200
    with psycopg.connect(stack.admin_dsn("personnel")) as conn:
        row = conn.execute(
            "select client_address, detail->>'request_id' from audit_entry where resource_id = %s "
            "and action = 'read' and actor_username = 'snv.admin' order by seq desc limit 1", (person_id,)).fetchone()
    assert row == ("127.0.0.1", "audit-address-probe-1")
