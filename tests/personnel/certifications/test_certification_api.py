"""The monthly certification through the personnel app (its own migrated database, real Keycloak tokens, S3,
the holiday calendar catalog): the head of Sở Tư pháp certifies November 2026 inside its window, an officer,
another unit and a second certification are refused in Vietnamese and change nothing, the signed PDF lists
the month's changes of the unit's subtree and its signature verifies with pyHanko's validator against the
development CA, and the Department's overview tells certified, late, waiting and missing apart."""

from __future__ import annotations

import io
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from asn1crypto import pem, x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from common import clock
from tests.personnel.careers.test_careers_api import A1_STEP_3, LEADER, OFFICER, OTHER, approved, profile

VI = {"Accept-Language": "vi"}
NOV = "2026-11"


def pdf_text(content: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(content)
        f.flush()
        out = subprocess.run(["pdftotext", f.name, "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


async def certifications(api, as_user, unit_id: str = "STP", month: str = NOV) -> dict:  # type: ignore[no-untyped-def]
    r = await api.get("/certifications", params={"unit_id": unit_id, "month": month}, headers=as_user(LEADER))
    assert r.status_code == 200, r.text
    return {row["unit_id"]: row for row in r.json()["rows"]}


@pytest.fixture(scope="module")
async def november(api, as_user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Records approved in November 2026: one in Sở Tư pháp's office (its subtree), one in Xã Phú Linh."""
    with clock.frozen(date(2026, 11, 10)):
        inside = await approved(api, as_user, profile("Trịnh Văn Xác", born="1984-03-03", gender="1",
                                                      salary=A1_STEP_3), unit_id="STP_VP")
    with clock.frozen(date(2026, 10, 15)):  # October: not in November's certificate
        october = await approved(api, as_user, profile("Lò Thị Tháng Mười", born="1986-05-05", gender="2",
                                                       salary=A1_STEP_3))
    return {"inside": inside, "october": october}


class TestWhoAndWhen:
    async def test_before_the_window_opens_the_head_is_told_when_it_opens_and_nothing_is_recorded(
            self, api, as_user, november):
        with clock.frozen(date(2026, 11, 20)):  # the window opens on 23/11 (24/11 is a holiday)
            r = await api.post("/certifications", json={"unit_id": "STP", "month": NOV},
                               headers={**as_user(LEADER), **VI})
            assert r.status_code == 409, r.text
            assert r.json()["error"] == "certification.window_not_open"
            assert "23/11/2026" in r.json()["message"]
            assert (await certifications(api, as_user))["STP"]["status"] == "waiting"

    async def test_an_officer_of_the_unit_is_refused_in_vietnamese_and_nothing_is_recorded(self, api, as_user,
                                                                                           november):
        with clock.frozen(date(2026, 11, 25)):
            r = await api.post("/certifications", json={"unit_id": "STP", "month": NOV},
                               headers={**as_user(OFFICER), **VI})
            assert r.status_code == 403, r.text
            assert r.json()["error"] == "certification.not_unit_head"
            assert "Chỉ thủ trưởng của đơn vị Sở Tư pháp" in r.json()["message"]
            assert (await certifications(api, as_user))["STP"]["certification"] is None

    async def test_a_unit_outside_the_accounts_scope_does_not_exist(self, api, as_user, november):
        with clock.frozen(date(2026, 11, 25)):
            r = await api.post("/certifications", json={"unit_id": "STP", "month": NOV}, headers=as_user(OTHER))
            assert r.status_code == 404, r.text
            r = await api.get("/certifications", params={"unit_id": "STP", "month": NOV}, headers=as_user(OTHER))
            assert r.status_code == 404, r.text
            r = await api.get("/certifications/preview", params={"unit_id": "STP"}, headers=as_user(OTHER))
            assert r.status_code == 404, r.text

    async def test_the_head_of_a_parent_unit_cannot_certify_for_a_child_unit(self, api, as_user, november):
        with clock.frozen(date(2026, 11, 25)):
            r = await api.post("/certifications", json={"unit_id": "STP_VP", "month": NOV},
                               headers={**as_user(LEADER), **VI})
            assert r.status_code == 403 and r.json()["error"] == "certification.not_unit_head"

    async def test_a_month_not_written_yyyy_mm_is_refused(self, api, as_user):
        r = await api.post("/certifications", json={"unit_id": "STP", "month": "11/2026"}, headers=as_user(LEADER))
        assert r.status_code == 422, r.text

    async def test_a_month_of_year_0000_is_refused_not_a_server_error(self, api, as_user):
        """Found by the fuzz tests: ?month=0000-01 passed the pattern and crashed the calendar (500)."""
        for url in ("/certifications", "/certifications/preview"):
            r = await api.get(url, params={"unit_id": "STP", "month": "0000-01"}, headers=as_user(LEADER))
            assert r.status_code == 422, r.text
            assert r.json()["fields"][0]["field"] == "month"


class TestCertify:
    async def test_the_head_previews_then_certifies_in_the_window_and_twice_is_refused(self, api, as_user, november,
                                                                                      signing_dir):
        with clock.frozen(date(2026, 11, 26)):
            r = await api.get("/certifications/preview", params={"unit_id": "STP"}, headers=as_user(LEADER))
            assert r.status_code == 200, r.text
            p = r.json()
            assert (p["month"], p["timing"], p["may_certify"]) == (NOV, "on_time", True)
            assert (p["window_opens"], p["window_closes"]) == ("2026-11-23", "2026-11-30")
            names = [c["full_name"] for c in p["changes"]]
            assert "Trịnh Văn Xác" in names and "Lò Thị Tháng Mười" not in names

            r = await api.post("/certifications", json={"unit_id": "STP", "month": NOV}, headers=as_user(LEADER))
            assert r.status_code == 201, r.text
            c = r.json()
            assert (c["unit_id"], c["month"], c["late"], c["certified_on"]) == ("STP", NOV, False, "2026-11-26")
            assert c["change_count"] >= 1 and "CN=Sở Tư pháp" in c["signer_subject"]

            r = await api.post("/certifications", json={"unit_id": "STP", "month": NOV},
                               headers={**as_user(LEADER), **VI})
            assert r.status_code == 409 and r.json()["error"] == "certification.already_certified"
            assert "26/11/2026" in r.json()["message"]
            p = (await api.get("/certifications/preview", params={"unit_id": "STP"}, headers=as_user(LEADER))).json()
            assert p["may_certify"] is False and p["certification"]["id"] == c["id"]

        r = await api.get(f"/certifications/{c['id']}/pdf", headers=as_user(LEADER))
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        signed = r.content

        # The signature verifies against the development CA's root, which the service publishes.
        r = await api.get("/certifications/root-certificate", headers=as_user(LEADER))
        assert r.status_code == 200 and r.content == (signing_dir / "root.pem").read_bytes()  # the CA of this test
        assert (signing_dir / "units" / "STP.pem").exists()
        _, _, der = pem.unarmor(r.content)
        root = x509.Certificate.load(der)
        sigs = PdfFileReader(io.BytesIO(signed)).embedded_signatures
        assert len(sigs) == 1
        status = await async_validate_pdf_signature(sigs[0], ValidationContext(trust_roots=[root]))
        assert status.intact and status.valid and status.trusted and status.bottom_line
        assert "Sở Tư pháp" in status.signing_cert.subject.human_friendly

        # A byte changed in the signed content breaks it.
        at = signed.index(b"/Contents") - 200  # inside the signed range, before the signature value
        tampered = signed[:at] + (b"0" if signed[at:at + 1] != b"0" else b"1") + signed[at + 1:]
        tampered_sig = PdfFileReader(io.BytesIO(tampered), strict=False).embedded_signatures[0]
        bad = await async_validate_pdf_signature(tampered_sig, ValidationContext(trust_roots=[root]))
        assert not bad.intact

        text = pdf_text(signed)
        assert "XÁC NHẬN DỮ LIỆU" in text and "THÁNG 11/2026" in text
        assert "Trịnh Văn Xác" in text and "Tạo hồ sơ mới" in text and "9/QĐ-STP" in text
        assert "Văn phòng Sở Tư pháp" in text and "Lò Thị Tháng Mười" not in text

        overview = await certifications(api, as_user)
        assert overview["STP"]["status"] == "certified" and overview["STP"]["certification"]["id"] == c["id"]

    async def test_after_the_months_last_working_day_the_certification_is_accepted_and_marked_late(
            self, api, as_user):
        with clock.frozen(date(2026, 12, 2)):
            r = await api.post("/certifications", json={"unit_id": "STP", "month": "2026-10"},
                               headers=as_user(LEADER))
            assert r.status_code == 201, r.text
            assert r.json()["late"] is True
            rows = await certifications(api, as_user, month="2026-10")
            assert rows["STP"]["status"] == "late"
            assert rows["STP_VP"]["status"] == "missing"  # October's window closed without its head
            r = await api.get("/certifications", params={"month": "2026-10"}, headers=as_user("snv.admin"))
            assert r.status_code == 200 and r.json()["unit_id"] == "TQ"  # the Department: the whole province
            assert r.json()["counts"] == {"certified": 0, "late": 1, "missing": len(r.json()["rows"]) - 1,
                                          "waiting": 0}


async def test_a_person_who_moved_out_is_listed_by_the_unit_left_and_the_unit_reached(
        api, as_user, personnel_db):  # type: ignore[no-untyped-def]
    """A move is a new approved version in another unit (written by the transfer saga): the unit left lists
    it as gone, the unit reached as arrived, each under its own unit."""
    from sqlalchemy import text

    from common.db import make_engine

    with clock.frozen(date(2026, 9, 8)):
        person = await approved(api, as_user, profile("Chu Văn Chuyển", born="1983-06-06", gender="1",
                                                      salary=A1_STEP_3))
    engine = make_engine(personnel_db, pool_size=1)
    async with engine.begin() as conn:
        await conn.execute(text(
            "insert into person_version (person_id, version, unit_id, profile, submitted_by, approved_by, "
            "approved_at, decision_number, decision_signed_on) select person_id, 2, '00706', profile, 'transfer', "
            "'transfer:case', '2026-09-21 03:00+00', '88/QĐ-UBND', '2026-09-18' from person_version "
            "where person_id = :p and version = 1"), {"p": person})
    await engine.dispose()
    with clock.frozen(date(2026, 10, 5)):
        r = await api.get("/certifications/preview", params={"unit_id": "STP", "month": "2026-09"},
                          headers=as_user(LEADER))
        lines = [c for c in r.json()["changes"] if c["full_name"] == "Chu Văn Chuyển"]
        assert [(c["what"], c["unit_name"]) for c in lines] == [("Tạo hồ sơ mới", "Sở Tư pháp"),
                                                                ("Chuyển đi Xã Phú Linh", "Sở Tư pháp")]
        r = await api.get("/certifications/preview", params={"unit_id": "00706", "month": "2026-09"},
                          headers=as_user(OTHER))
        lines = [c for c in r.json()["changes"] if c["full_name"] == "Chu Văn Chuyển"]
        assert [(c["what"], c["unit_name"], c["decision_number"]) for c in lines] == [
            ("Chuyển đến từ Sở Tư pháp", "Xã Phú Linh", "88/QĐ-UBND")]


async def test_the_certification_is_audited(api, as_user, personnel_db):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from common.db import make_engine

    engine = make_engine(personnel_db, pool_size=1)
    async with engine.connect() as conn:
        rows = (await conn.execute(text(
            "select action, unit_id, detail->>'month' from audit_entry where resource_type = 'certification' "
            "and action = 'certify' order by at"))).all()
    await engine.dispose()
    assert [(a, u, m) for a, u, m in rows] == [("certify", "STP", NOV), ("certify", "STP", "2026-10")]


def test_the_development_ca_lives_outside_the_repository_files_git_tracks():
    from personnel.certifications.signing import DEFAULT_DEV_DIR, REPO_ROOT

    assert DEFAULT_DEV_DIR == REPO_ROOT / ".stack" / "signing"
    ignored = subprocess.run(["git", "check-ignore", "-q", str(DEFAULT_DEV_DIR / "root.key")], cwd=REPO_ROOT)
    assert ignored.returncode == 0
    assert Path(REPO_ROOT / "services").is_dir()
