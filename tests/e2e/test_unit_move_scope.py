"""A unit moved in org moves its data's scope in every service, through Kafka, on the running stack.

Each service checks an account's scope in SQL against its own copy of the unit tree, fed by org's unit
events. Here the province's administrator (snv.admin) makes a throwaway unit under the Sở Tư pháp (STP) with
a child, puts data of each service in the child (an account in identity, an approved record in personnel, a
leaving case and its deadline in transfer, the record in reporting's lists, a news article in notify; org's
own unit page), then moves the unit under the Sở Nội vụ (SNV). What must hold, waited for with a deadline:
before the move the old parent's accounts (stp.officer, stp.leader) see the data and the new parent's
(snv.leader) get 404; after it, the other way round, in every service: the moved unit's own row and its
child's path were both rewritten in every replica.

The units are named as tests, and are left as they came: moved back under the old parent, the case
completed (the person leaves the service, so no one stays in the units), the article withdrawn, the account
locked and deleted from Keycloak (identity's mirror forgets it at its next sync), and both units dissolved."""

from __future__ import annotations

import random
import string
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from keycloak import KeycloakAdmin, KeycloakOpenIDConnection

from common import clock
from common.testing import stack
from common.testing.plugin import auth
from common.testing.waiting import until

OLD_PARENT, NEW_PARENT = "STP", "SNV"
ADMIN = "snv.admin"
OLD_OFFICER, OLD_LEADER, NEW_LEADER = "stp.officer", "stp.leader", "snv.leader"
REPLICA_SECONDS = 90  # a loaded 2-core CI machine: events go through the outbox, Kafka and six consumers


def _letters(n: int) -> str:
    return "".join(random.choice(string.ascii_uppercase) for _ in range(n))


def _profile(name: str) -> dict[str, Any]:
    cccd = f"0080851{uuid.uuid4().int % 100_000:05d}"
    return {"identity": {"full_name": name, "gender": "1", "birth_date": "1985-03-02", "ethnicity": "01",
                         "religion": "00", "personal_id_number": cccd},
            "recruitment": {"staff_category": "civil_servant", "first_recruited_on": "2010-09-01"},
            "positions": {"current_position": "Chuyên viên"},
            "work_history": [{"from_month": "2010-09", "to_month": None, "unit_name": "Sở Tư pháp",
                              "position": "Chuyên viên"}]}


@pytest.fixture(scope="module")
def kc_admin() -> KeycloakAdmin:
    """Keycloak's admin API through identity's own development client: the test account is deleted after."""
    conn = KeycloakOpenIDConnection(server_url=stack.keycloak_url() + "/", realm_name=stack.realm(),
                                    client_id="cbccvc-identity-admin", client_secret_key="identity-admin-dev-secret")
    return KeycloakAdmin(connection=conn)


class Stage:
    """The throwaway units and what each service holds in the child unit (filled as it is made)."""

    def __init__(self) -> None:
        tag = _letters(5)
        self.tag = tag
        self.unit = f"E2E-CAY-{tag}"
        self.child = f"{self.unit}.TO"
        self.name = f"Phòng thử nghiệm chuyển cây {tag} (kiểm thử tự động)"
        self.child_name = f"Tổ thử nghiệm chuyển cây {tag} (kiểm thử tự động)"
        self.person_name = f"Thử Nghiệm Cây {tag.capitalize()}"
        self.username = f"e2e.cay.{tag.lower()}"
        self.units_made: list[str] = []
        self.account_id: str | None = None
        self.person_id: str | None = None
        self.case_id: str | None = None
        self.article_id: str | None = None
        self.moved = False


def _decision(number: str) -> dict[str, str]:
    today = clock.today().isoformat()
    return {"decision_number": number, "decision_date": today, "effective_on": today}


async def test_a_unit_moved_in_org_changes_the_scope_in_every_service(
        gateway: httpx.AsyncClient, token_for: Callable[[str], str], kc_admin: KeycloakAdmin) -> None:
    def as_user(username: str) -> dict[str, str]:
        return auth(token_for(username))

    s = Stage()
    try:
        await _make_units(gateway, as_user, s)
        await _fill_every_service(gateway, as_user, s)
        seen = _views(gateway, as_user, s)

        before = await _settled(seen, old=True, new=False)
        assert before == {}, f"before the move, not as expected (service: what was wrong): {before}"

        moved_at = time.monotonic()
        r = await gateway.post(f"/api/org/units/{s.unit}/move", headers=as_user(ADMIN),
                               json={"parent_id": NEW_PARENT, **_decision(f"E2E-{s.tag}-M/QĐ-UBND")})
        assert r.status_code == 200, r.text
        s.moved = True

        after = await _settled(seen, old=False, new=True)
        assert after == {}, (f"{REPLICA_SECONDS} s after the move, these services still place the unit under "
                             f"{OLD_PARENT} (service: what was wrong): {after}")
        print(f"every service followed the move within {time.monotonic() - moved_at:.1f} s")
    except BaseException:
        try:  # what was made goes again, without hiding why the test failed
            await _clean_up(gateway, as_user, kc_admin, s)
        except Exception as exc:  # reported: the test's own failure comes first
            print(f"clean-up after the failure did not finish: {exc!r}")
        raise
    await _clean_up(gateway, as_user, kc_admin, s)


Views = dict[str, Callable[[str], Awaitable[dict[str, bool]]]]


async def _settled(views: Views, *, old: bool, new: bool) -> dict[str, str]:
    """Waits until, in every service, each way of looking (a record's page, a list, a unit's scope) shows the
    data to the old parent's account iff `old` and to the new parent's iff `new`; returns what is still wrong
    when the deadline passes (empty when all is right). The ways of looking are asked one after the other
    while the events arrive, so they may disagree for a moment: only the end state is checked."""
    wrong: dict[str, str] = {}

    async def right() -> bool:
        wrong.clear()
        for name, sees in views.items():
            for parent, expected in ((OLD_PARENT, old), (NEW_PARENT, new)):
                off = sorted(way for way, seen in (await sees(parent)).items() if seen != expected)
                if off:
                    wrong.setdefault(name, "")
                    wrong[name] += f"{parent} {'does not see' if expected else 'still sees'} {', '.join(off)}; "
        return not wrong

    await until(right, REPLICA_SECONDS, every=0.5)
    return dict(wrong)


def _views(gateway: httpx.AsyncClient, as_user: Callable[[str], dict[str, str]], s: Stage) -> Views:
    """service -> sees(parent): {way of looking: whether the parent unit's account sees the child's data}."""
    officer = {OLD_PARENT: OLD_OFFICER, NEW_PARENT: NEW_LEADER}
    leader = {OLD_PARENT: OLD_LEADER, NEW_PARENT: NEW_LEADER}

    async def ok(method: str, path: str, who: str, **kw: Any) -> bool:
        """200, or 404 for what is outside the account's scope (anything else fails the test)."""
        r = await gateway.request(method, path, headers=as_user(who), **kw)
        assert r.status_code in (200, 404), f"{method} {path} as {who}: {r.status_code} {r.text[:300]}"
        return r.status_code == 200

    async def org(parent: str) -> dict[str, bool]:  # from org's own tree, not a replica
        return {"the unit's page": await ok("GET", f"/api/org/units/{s.unit}", officer[parent]),
                "the child's page": await ok("GET", f"/api/org/units/{s.child}", officer[parent])}

    async def identity(parent: str) -> dict[str, bool]:  # unit leaders read the accounts of their scope
        r = await gateway.get("/api/identity/accounts", headers=as_user(leader[parent]), params={"q": s.username})
        assert r.status_code == 200, r.text
        return {"the account list": s.account_id in {a["account_id"] for a in r.json()["data"]},
                "the account's page": await ok("GET", f"/api/identity/accounts/{s.account_id}", leader[parent])}

    async def personnel(parent: str) -> dict[str, bool]:
        r = await gateway.get("/api/personnel/persons", headers=as_user(officer[parent]),
                              params={"q": s.person_name})
        assert r.status_code == 200, r.text
        return {"the record": await ok("GET", f"/api/personnel/persons/{s.person_id}", officer[parent]),
                "the search": any(p["person_id"] == s.person_id for p in r.json()["items"])}

    async def transfer(parent: str) -> dict[str, bool]:
        r = await gateway.get("/api/transfer/obligations/due", headers=as_user(officer[parent]),
                              params={"unit_id": s.child})
        assert r.status_code in (200, 404), r.text
        cases = await gateway.get("/api/transfer/cases", headers=as_user(officer[parent]),
                                  params={"unit_id": s.child, "kind": "leaving"})
        assert cases.status_code == 200, cases.text
        ways = {"the child's due list": r.status_code == 200
                and any(o["case_id"] == s.case_id for o in r.json()["items"])}
        if parent == OLD_PARENT:  # the case was opened by the Department (SNV): it is only the sender's to lose
            ways["the case"] = await ok("GET", f"/api/transfer/cases/{s.case_id}", officer[parent])
            ways["the case list"] = any(c["id"] == s.case_id for c in cases.json()["items"])
        return ways

    async def reporting(parent: str) -> dict[str, bool]:
        body = {"unit_id": parent, "columns": ["full_name"], "filters": {"name_contains": s.person_name}}
        r = await gateway.post("/api/reporting/lists/preview", headers=as_user(officer[parent]), json=body)
        assert r.status_code == 200, r.text
        return {"the parent's own list": r.json()["total"] == 1,
                "the child's list": await ok("POST", "/api/reporting/lists/preview", officer[parent],
                                             json={**body, "unit_id": s.child})}

    async def notify(parent: str) -> dict[str, bool]:
        return {"the news article": await ok("GET", f"/api/notify/news/{s.article_id}", officer[parent])}

    return {"org": org, "identity": identity, "personnel": personnel, "transfer": transfer,
            "reporting": reporting, "notify": notify}


async def _make_units(gateway: httpx.AsyncClient, as_user: Callable[[str], dict[str, str]], s: Stage) -> None:
    for code, parent, name in ((s.unit, OLD_PARENT, s.name), (s.child, s.unit, s.child_name)):
        r = await gateway.post("/api/org/units", headers=as_user(ADMIN), json={
            "unit_id": code, "parent_id": parent, "name": name, **_decision(f"E2E-{s.tag}/QĐ-UBND")})
        assert r.status_code == 201, r.text
        s.units_made.append(code)


async def _until_created(make: Callable[[], Awaitable[httpx.Response]], what: str,
                         known: Callable[[httpx.Response], bool]) -> dict[str, Any]:
    """Makes something that needs the service to know the new unit (or record): asked again while the
    service answers that it does not know it yet (`known` false), until the deadline."""
    last: list[httpx.Response] = []

    async def made() -> bool:
        r = await make()
        last[:] = [r]
        if r.status_code in (200, 201):
            return True
        assert not known(r), f"{what}: {r.status_code} {r.text[:300]}"
        return False

    assert await until(made, REPLICA_SECONDS, every=0.5), \
        f"{what}: still refused after {REPLICA_SECONDS} s: {last[0].status_code} {last[0].text[:300]}"
    return last[0].json()  # type: ignore[no-any-return]


def _refused_for(*fields: str) -> Callable[[httpx.Response], bool]:
    """`known` for a 404, or a 422 on one of these fields: the service does not know the unit or record yet."""
    def known(r: httpx.Response) -> bool:
        if r.status_code == 404:
            return False
        if r.status_code == 422:
            return not {f.get("field") for f in r.json().get("fields", [])} & set(fields)
        return True
    return known


async def _fill_every_service(gateway: httpx.AsyncClient, as_user: Callable[[str], dict[str, str]],
                              s: Stage) -> None:
    admin = as_user(ADMIN)
    # identity: an account of the child unit (a viewer: the least it can hold).
    created = await _until_created(lambda: gateway.post("/api/identity/accounts", headers=as_user(ADMIN), json={
        "username": s.username, "unit_id": s.child, "roles": ["viewer"],
        "full_name": f"Tài khoản thử nghiệm {s.tag}"}), "identity account", _refused_for("unit_id"))
    s.account_id = created["account"]["account_id"]

    # personnel: a record of the child unit, made by the Department, approved by the old parent's leader once
    # personnel's tree places the child under it.
    r = await gateway.post("/api/personnel/change-requests", headers=admin,
                           json={"unit_id": s.child, "profile": _profile(s.person_name)})
    assert r.status_code == 201, r.text
    cr = r.json()
    s.person_id = cr["person_id"]
    r = await gateway.post(f"/api/personnel/change-requests/{cr['id']}/submit", headers=admin)
    assert r.status_code == 200, r.text
    await _until_created(lambda: gateway.post(f"/api/personnel/change-requests/{cr['id']}/approve",
                                              headers=as_user(OLD_LEADER)),
                         "personnel approval", _refused_for())

    # transfer: the person's leaving case (its deadline is the child unit's), once transfer knows the record.
    case = await _until_created(lambda: gateway.post("/api/transfer/cases", headers=as_user(ADMIN), json={
        "kind": "leaving", "person_id": s.person_id, "leaving_form": "THOI_VIEC_NGUYEN_VONG",
        "decision_number": f"E2E-{s.tag}-TV/QĐ-UBND", "decision_signed_on": clock.today().isoformat(),
        "effective_on": clock.today().isoformat(), "signer": "Giám đốc Sở Nội vụ"}),
        "transfer case", _refused_for("person_id"))
    s.case_id = case["id"]

    # notify: a news article written by the child unit, sent for approval (never published).
    article = await _until_created(lambda: gateway.post("/api/notify/news", headers=as_user(ADMIN), json={
        "unit_id": s.child, "title": f"Tin thử nghiệm chuyển cây {s.tag} (kiểm thử tự động)",
        "body_html": "<p>Kiểm thử tự động: xin bỏ qua.</p>", "category": "activities",
        "province_wide": False, "audience_unit_ids": [s.child]}),
        "news article", _refused_for("audience_unit_ids"))
    s.article_id = article["id"]
    r = await gateway.post(f"/api/notify/news/{s.article_id}/submit", headers=admin)
    assert r.status_code == 200, r.text


async def _clean_up(gateway: httpx.AsyncClient, as_user: Callable[[str], dict[str, str]],
                    kc_admin: KeycloakAdmin, s: Stage) -> None:
    """Whatever was made goes again; every step is checked, so a test that leaves debris fails."""
    admin = as_user(ADMIN)
    if s.article_id:
        r = await gateway.post(f"/api/notify/news/{s.article_id}/withdraw", headers=admin)
        assert r.status_code in (200, 409), r.text
    if s.account_id:
        r = await gateway.post(f"/api/identity/accounts/{s.account_id}/lock", headers=admin,
                               json={"reason": "Tài khoản kiểm thử tự động, đã xong"})
        assert r.status_code == 200, r.text
        kc_admin.delete_user(s.account_id)
    if s.case_id:  # the person leaves through the case: no one stays in the units
        r = await gateway.post(f"/api/transfer/cases/{s.case_id}/complete", headers=admin)
        assert r.status_code == 200, r.text
    elif s.person_id:  # made but no case: the leader records the leaving directly, if it was approved
        await gateway.post(f"/api/personnel/persons/{s.person_id}/status-events", headers=as_user(OLD_LEADER), json={
            "status": "THOI_VIEC", "effective_on": clock.today().isoformat(),
            "decision_number": f"E2E-{s.tag}-TV/QĐ", "decision_signed_on": clock.today().isoformat()})
    if s.moved:  # back under the old parent: its records (which name the Sở Tư pháp) are not left in SNV's view
        r = await gateway.post(f"/api/org/units/{s.unit}/move", headers=admin,
                               json={"parent_id": OLD_PARENT, **_decision(f"E2E-{s.tag}-MB/QĐ-UBND")})
        assert r.status_code == 200, r.text
    for code in reversed(s.units_made):  # the child first; org counts the staff that left from personnel's events
        async def dissolved(unit: str = code) -> bool:
            r = await gateway.post(f"/api/org/units/{unit}/dissolve", headers=as_user(ADMIN),
                                   json=_decision(f"E2E-{s.tag}-D/QĐ-UBND"))
            assert r.status_code in (200, 409), r.text
            return r.status_code == 200
        assert await until(dissolved, REPLICA_SECONDS, every=1), f"{code} could not be dissolved"
