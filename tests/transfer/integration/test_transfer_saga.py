"""A person moved between units, in a unit, out of the province, and into it: the case's steps, the
deadlines of Decision 16/2020, and the record that follows through the saga with personnel."""

from __future__ import annotations

import uuid

import psycopg

from common.testing import stack

from .conftest import PERSONNEL, TRANSFER, decision, unique_cccd, until


async def case_state(gateway, as_user, case_id: str, user: str = "snv.admin") -> dict:
    return (await gateway.get(f"{TRANSFER}/cases/{case_id}", headers=as_user(user))).json()


async def test_a_transfer_moves_the_record_to_the_receiving_unit_once_it_accepts(gateway, as_user, new_person):
    person = await new_person("STP", "Trần Văn Chuyển")
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                           json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV",
                                 "to_sub_unit_id": "SNV.CCVC", **decision()})
    assert r.status_code == 201, r.text
    case = r.json()
    assert case["state"] == "draft" and case["from_unit_id"] == "STP" and case["to_unit_name"] == "Sở Nội vụ"
    # Decision effective Wednesday 2026-11-25: hand over within 5 working days, receive within 3.
    due = {o["kind"]: o["due_on"] for o in case["obligations"]}
    assert due == {"transfer_handover": "2026-12-02", "transfer_receive": "2026-11-30"}

    sent = await gateway.post(f"{TRANSFER}/cases/{case['id']}/send", headers=as_user("stp.officer"),
                              json={"row_version": case["row_version"]})
    assert sent.status_code == 200 and sent.json()["state"] == "sent"
    incoming = (await gateway.get(f"{TRANSFER}/cases", headers=as_user("snv.admin"),
                                  params={"box": "incoming", "unit_id": "SNV", "state": "open"})).json()
    assert case["id"] in [c["id"] for c in incoming["items"]]

    not_receiver = await gateway.post(f"{TRANSFER}/cases/{case['id']}/accept", headers=as_user("stp.officer"))
    assert not_receiver.status_code == 403 and not_receiver.json()["error"] == "not_the_receiver"
    accepted = await gateway.post(f"{TRANSFER}/cases/{case['id']}/accept", headers=as_user("snv.admin"))
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    again = await gateway.post(f"{TRANSFER}/cases/{case['id']}/accept", headers=as_user("snv.admin"))
    assert again.status_code == 409 and again.json()["error"] == "step_not_allowed"
    forwarded = await gateway.post(f"{TRANSFER}/cases/{case['id']}/forward", headers=as_user("snv.admin"), json={})
    assert forwarded.status_code == 200, forwarded.text

    async def done() -> dict | None:
        state = await case_state(gateway, as_user, case["id"])
        return state if state["state"] == "done" else None

    final = await until(done)
    assert final and final["moves_applied"] == final["moves_total"] == 2
    assert [s["step"] for s in final["steps"]][:4] == ["create", "send", "accept", "forward"]
    record = (await gateway.get(f"{PERSONNEL}/persons/{person}", headers=as_user("snv.admin"))).json()
    assert record["unit_id"] == "SNV.CCVC"
    history = record["profile"]["work_history"]
    assert history[-1]["unit_name"] == "Phòng Công chức, viên chức" and history[-1]["to_month"] is None
    assert history[-3]["to_month"] == "2026-11"  # the period before the move is closed at the move
    # The sending unit no longer sees the current record; the receiving unit does.
    assert (await gateway.get(f"{PERSONNEL}/persons/{person}", headers=as_user("stp.officer"))).status_code == 404


async def test_leaving_ends_in_the_status_of_the_leaving_form(gateway, as_user, new_person):
    person = await new_person("STP", "Lý Thị Nghỉ")
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                           json={"kind": "leaving", "person_id": person, "leaving_form": "NGHI_HUU", **decision()})
    assert r.status_code == 201, r.text
    assert [o["kind"] for o in r.json()["obligations"]] == ["status_change"]
    done = await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/complete", headers=as_user("stp.officer"))
    assert done.status_code == 200, done.text

    async def left() -> bool:
        with psycopg.connect(stack.admin_dsn("personnel")) as conn:
            row = conn.execute("select status, is_active from person where id = %s", (person,)).fetchone()
        return row == ("NGHI_HUU", False)

    assert await until(left)
    # Someone who has left cannot be moved again (once transfer has heard of it).

    async def refused() -> dict | None:
        r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                               json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
        return r.json() if r.status_code == 422 else None

    body = await until(refused)
    assert body and body["fields"][0]["field"] == "person_id" and body["fields"][0]["message"]


async def test_a_move_inside_the_unit_changes_the_sub_unit(gateway, as_user, new_person):
    person = await new_person("STP", "Đinh Văn Nội")
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                           json={"kind": "internal_move", "person_id": person, "to_unit_id": "STP.HCTP",
                                 **decision()})
    assert r.status_code == 201, r.text
    assert r.json()["obligations"][0]["due_on"] == "2026-11-27"  # 2 working days after Wednesday 25/11
    await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/complete", headers=as_user("stp.officer"))

    async def moved() -> bool:
        record = (await gateway.get(f"{PERSONNEL}/persons/{person}", headers=as_user("stp.officer"))).json()
        return record.get("unit_id") == "STP.HCTP"

    assert await until(moved)


async def test_an_arrival_opens_a_draft_record_that_keeps_the_identification_number(gateway, as_user):
    number = unique_cccd(1990)
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                           json={"kind": "arrival", "to_unit_id": "STP", "full_name": "Vàng Thị Đến",
                                 "personal_id_number": number, "birth_date": "1990-06-01",
                                 "outside_organisation": "Sở Tư pháp tỉnh Lào Cai", **decision()})
    assert r.status_code == 201, r.text
    await gateway.post(f"{TRANSFER}/cases/{r.json()['id']}/complete", headers=as_user("stp.officer"))

    async def drafted() -> bool:
        with psycopg.connect(stack.admin_dsn("personnel")) as conn:
            row = conn.execute("select profile->'identity'->>'personal_id_number' from change_request "
                               "where person_id = %s and kind = 'create'", (r.json()["person_id"],)).fetchone()
        return row == (number,)

    assert await until(drafted)


async def test_bad_cases_are_refused_with_a_clear_error_and_change_nothing(gateway, as_user, new_person):
    person = await new_person("STP", "Nông Văn Sai")
    officer = as_user("stp.officer")

    async def refused(body: dict, field: str, status: int = 422) -> None:
        r = await gateway.post(f"{TRANSFER}/cases", headers=officer, json=body)
        assert r.status_code == status, r.text
        err = r.json()
        assert err["message"]
        if status == 422:
            assert field in [f["field"] for f in err["fields"]], err

    await refused({"kind": "transfer", "person_id": person, "to_unit_id": "STP", **decision()}, "to_unit_id")
    await refused({"kind": "transfer", "person_id": person, "to_unit_id": "NO_SUCH_UNIT", **decision()},
                  "to_unit_id")
    await refused({"kind": "transfer", "person_id": person, "to_unit_id": "H_YENSON", **decision()}, "to_unit_id")
    await refused({"kind": "transfer", "person_id": person, "to_unit_id": "SNV",
                   **decision(effective_on="2026-11-19")}, "effective_on")
    await refused({"kind": "teleport", "person_id": person, "to_unit_id": "SNV", **decision()}, "kind")
    ok = await gateway.post(f"{TRANSFER}/cases", headers=officer,
                            json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
    assert ok.status_code == 201
    await refused({"kind": "transfer", "person_id": person, "to_unit_id": "SCT", **decision()}, "", status=409)
    # Another commune's officer does not see the person at all.
    r = await gateway.post(f"{TRANSFER}/cases", headers=as_user("xa.phulinh"),
                           json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
    assert r.status_code in (403, 422)
    cancelled = await gateway.post(f"{TRANSFER}/cases/{ok.json()['id']}/cancel", headers=officer)
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    assert all(o["days_left"] is None for o in cancelled.json()["obligations"])


async def test_the_account_that_sent_a_case_cannot_accept_it_and_the_sender_sees_only_its_own_steps(
        gateway, as_user, new_person):
    person = await new_person("STP", "Khổng Văn Tách")
    admin = as_user("snv.admin")  # province-wide: it could act for both sides, but may not approve its own
    r = await gateway.post(f"{TRANSFER}/cases", headers=admin,
                           json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
    assert r.status_code == 201, r.text
    case = r.json()
    assert (await gateway.post(f"{TRANSFER}/cases/{case['id']}/send", headers=admin)).status_code == 200
    r = await gateway.post(f"{TRANSFER}/cases/{case['id']}/accept", headers=admin)
    assert r.status_code == 403 and r.json()["error"] == "approval.own_work", r.text
    seen_by_sender = (await gateway.get(f"{TRANSFER}/cases/{case['id']}", headers=as_user("stp.officer"))).json()
    assert seen_by_sender["state"] == "sent" and seen_by_sender["steps_open"] == ["cancel"]
    seen_by_receiver = (await gateway.get(f"{TRANSFER}/cases/{case['id']}", headers=as_user("snv.leader"))).json()
    assert set(seen_by_receiver["steps_open"]) >= {"accept", "reject"}
    r = await gateway.post(f"{TRANSFER}/cases/{case['id']}/accept", headers=as_user("snv.leader"))
    assert r.status_code == 200, r.text


async def test_a_retirement_batch_opens_the_leaving_case_and_the_status_follows_through_the_saga(
        gateway, as_user, new_person):
    # A man born June 1966 retires at the end of his retirement month; personnel's batch decides it,
    # transfer opens the leaving case already decided, with its deadline, and personnel records the status.
    person = await new_person("STP", "Nguyễn Văn Hưu Trí", born="1966-06-15")
    r = await gateway.post(f"{PERSONNEL}/batches/retirement-proposals", json={"person_ids": [person]},
                           headers=as_user("stp.officer"))
    assert r.status_code == 200, r.text
    [proposal] = r.json()["items"]
    pension_from = proposal["effective_on"]
    number = f"{uuid.uuid4().int % 1000}/QĐ-STP"
    r = await gateway.post(f"{PERSONNEL}/batches", headers=as_user("stp.officer"), json={
        "kind": "retirement", "title": "Nghỉ hưu", "decision_number": number, "decision_signed_on": "2026-11-20",
        "signer": "Giám đốc Sở Tư pháp", "issuer": "Sở Tư pháp", "items": [proposal["item"]]})
    assert r.status_code == 201, r.text
    batch = r.json()
    assert (await gateway.post(f"{PERSONNEL}/batches/{batch['id']}/submit",
                               headers=as_user("stp.officer"))).status_code == 200
    r = await gateway.post(f"{PERSONNEL}/batches/{batch['id']}/approve", headers=as_user("stp.leader"))
    assert r.status_code == 200, r.text

    async def leaving_done() -> dict | None:
        r = await gateway.get(f"{TRANSFER}/cases", headers=as_user("stp.officer"),
                              params={"box": "outgoing", "unit_id": "STP", "kind": "leaving", "size": 100})
        mine = [c for c in r.json()["items"] if c.get("person_id") == person]
        if not mine:
            return None
        case = await case_state(gateway, as_user, mine[0]["id"], user="stp.officer")
        return case if case["state"] == "done" else None

    case = await until(leaving_done)
    assert case, "no leaving case became done"
    assert (case["leaving_form"], case["decision_number"], case["effective_on"]) == ("NGHI_HUU", number, pension_from)
    assert [o["kind"] for o in case["obligations"]] == ["status_change"]
    assert [s["step"] for s in case["steps"]][:3] == ["create", "complete", "applied"]
    r = await gateway.get(f"{PERSONNEL}/persons/{person}/status-events", headers=as_user("stp.leader"))
    assert [(e["status"], e["effective_on"], e["decision_number"]) for e in r.json()
            if e["status"] == "NGHI_HUU"] == [("NGHI_HUU", pension_from, number)]
