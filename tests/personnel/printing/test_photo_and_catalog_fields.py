"""Issue 13 items 4 and 5 in personnel: a profile with every field of the schema goes through approval and
comes back whole; the fields that now have a catalog print its names and keep the name of a retired item;
the 3×4 photo is checked, kept in versions, scope-checked, audited and printed on both forms."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta
from typing import Any

from PIL import Image
from pydantic import BaseModel
from pypdf import PdfReader
from sqlalchemy import text

from common import clock
from common.catalogs import upsert
from common.db import make_engine
from common.testing import files
from personnel.profiles.schema import Profile

from .full_profile import full_profile
from .test_printing_api import approve, minimal, pdf_text

VI = {"Accept-Language": "vi"}


def every_field_profile(name: str) -> dict[str, Any]:
    """full_profile with the fields it leaves empty filled, and codes of the new catalogs."""
    p = full_profile(name)
    p["header"] |= {"managing_unit_id": "STP", "employing_unit_id": "STP_VP", "identification_code": "TQ-0001"}
    p["identity"] |= {"old_id_number": "070123456", "family_background": "NONG_DAN", "religion": "00"}
    p["identity"]["birth_place"] |= {"detail": "Thôn Đồng Giàn", "commune_code": "02473", "province_code": "08"}
    p["identity"]["home_town"] |= {"text": "Xã Kim Phú, huyện Yên Sơn, tỉnh Tuyên Quang"}
    p["identity"]["permanent_address"] |= {"detail": "Tổ 5", "commune_code": "02215", "province_code": "08"}
    p["identity"]["current_address"] |= {"text": "Số 12, đường Chiến Thắng Sông Lô, phường Minh Xuân"}
    p["recruitment"] |= {"recruitment_source": "SV_MOI_TOT_NGHIEP"}
    p["political"] |= {"enlisted_on": "2004-02-15", "discharged_on": "2006-02-15", "highest_military_rank": "Trung sĩ",
                       "policy_category": "CON_THUONG_BINH", "war_invalid_grade": "TB_4_4"}
    p["education"] |= {"major": "7380101", "academic_title": "PGS", "academic_title_year": 2024,
                       "honorary_title": "NHA_GIAO_UT", "honorary_title_year": 2023}
    p["positions"] |= {"reappointed_on": "2025-07-01", "party_concurrent_positions": ["Bí thư chi đoàn"]}
    p["salary"] |= {"salary_sector": "CONG_CHUC", "beyond_frame_percent": "5",
                    "beyond_frame_effective_on": "2024-09-01", "concurrent_allowance": "0.1",
                    "job_position": "Chuyên viên pháp chế", "job_position_code": "VTVL-07",
                    "job_career_level": None, "job_salary_step": 1, "job_salary_amount": 12_000_000,
                    "job_salary_effective_on": "2026-07-01"}
    p["training"][0] |= {"mode": "CHINH_QUY", "language": "Tiếng Anh", "language_level": "KNLNN_B3", "score": "8,0"}
    p["evaluations"][0] |= {"award": "Giấy khen"}
    p["awards"][0] |= {"level": "Tỉnh"}
    p["salary_history"][0] |= {"to_month": "2013-08", "amount": 5_000_000, "raise_form": "XEP_LUONG_LAN_DAU"}
    p["allowance_history"][0] |= {"kind": "CHUC_VU", "to_month": "2025-06", "percent": "0", "amount": 702_000}
    p["family_economy"] |= {"allocated_housing": "Không", "allocated_housing_area_m2": "0", "allocated_land_m2": "0"}
    return p


def empty_leaves(model: BaseModel, prefix: str = "") -> list[str]:
    """Every field of the schema with no value in this profile (each table needs one row with it)."""
    missing = []
    for name in type(model).model_fields:
        value, path = getattr(model, name), f"{prefix}{name}"
        if isinstance(value, BaseModel):
            missing += empty_leaves(value, path + ".")
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            per_row = [set(empty_leaves(row, f"{path}[].")) for row in value]
            missing += sorted(set.intersection(*per_row))
        elif value in (None, "", []):
            missing.append(path)
    return missing


async def first_code(db_url: str, catalog: str) -> str:
    engine = make_engine(db_url, pool_size=1)
    async with engine.connect() as conn:
        code = (await conn.execute(text("select code from catalog_copy_item where catalog = :c order by sort_order "
                                        "limit 1"), {"c": catalog})).scalar()
    await engine.dispose()
    assert code, catalog
    return str(code)


class TestEveryField:
    async def test_a_profile_with_every_field_of_the_schema_round_trips(self, api, as_user, personnel_db):
        sent = every_field_profile("Đỗ Thị Đủ")
        sent["salary"]["job_career_level"] = await first_code(personnel_db, "vien_chuc_career_levels")
        assert empty_leaves(Profile.model_validate(sent)) == []
        person_id = await approve(api, as_user, sent, "STP_VP", "stp.officer", "stp.leader")
        r = await api.get(f"/persons/{person_id}", headers=as_user("stp.officer"))
        assert r.status_code == 200
        got = Profile.model_validate(r.json()["profile"]).model_dump(mode="json")
        assert got == Profile.model_validate(sent).model_dump(mode="json")

    async def test_the_new_catalog_fields_print_names_and_old_free_text_as_written(self, api, as_user, personnel_db):
        coded = every_field_profile("Đỗ Văn Mã")
        coded["salary"]["job_career_level"] = None
        coded_id = await approve(api, as_user, coded, "STP_VP", "stp.officer", "stp.leader")
        legacy_id = await approve(api, as_user, full_profile("Đỗ Văn Cũ"), "STP_VP", "stp.officer", "stp.leader")
        r = await api.get(f"/persons/{coded_id}/print/unified.pdf", headers=as_user("stp.officer"))
        flow, _ = pdf_text(r.content, "unified-catalog-fields.pdf")
        assert "Thành phần gia đình xuất thân: Nông dân" in flow
        assert "Con thương binh; Thương binh hạng 4/4" in flow
        assert "Nhà giáo ưu tú, 2023" in flow and "chuyên ngành Luật" in flow and "Chính quy" in flow
        r = await api.get(f"/persons/{legacy_id}/print/2c.pdf", headers=as_user("stp.officer"))
        flow, _ = pdf_text(r.content, "2c-legacy-text.pdf")
        assert "Con thương binh" in flow and "Tại chức" in flow  # text typed before the catalogs, as written

    async def test_a_retired_item_keeps_its_name_on_old_records_and_is_refused_for_new_values(
            self, api, as_user, personnel_db):
        profile = minimal("Đỗ Thị Tiểu", gender="2")
        profile["identity"]["family_background"] = "TIEU_CHU"
        person_id = await approve(api, as_user, profile, "STP", "stp.officer", "stp.leader")
        # Org retires the item: its copy here learns the end date (org.catalog_item.changed.v1's handler).
        engine = make_engine(personnel_db, pool_size=1)
        async with engine.begin() as conn:
            row = (await conn.execute(text("select name, version from catalog_copy_item where catalog = "
                                           "'family_backgrounds' and code = 'TIEU_CHU'"))).one()
        await engine.dispose()
        from sqlalchemy.ext.asyncio import async_sessionmaker
        engine = make_engine(personnel_db, pool_size=1)
        async with async_sessionmaker(engine)() as session, session.begin():
            await upsert(session, [{"catalog": "family_backgrounds", "code": "TIEU_CHU", "name": row.name,
                                    "sort_order": 8, "active": True, "valid_from": None,
                                    "valid_to": clock.today() - timedelta(days=1), "attributes": {},
                                    "source": "org", "version": row.version + 1000}])
        await engine.dispose()
        r = await api.get(f"/persons/{person_id}/print/unified.pdf", headers=as_user("stp.officer"))
        flow, _ = pdf_text(r.content, "unified-retired-name.pdf")
        assert "Thành phần gia đình xuất thân: Tiểu chủ" in flow
        other = minimal("Đỗ Văn Mới")
        other["identity"]["family_background"] = "TIEU_CHU"
        officer = {**as_user("stp.officer"), **VI}
        draft = await api.post("/change-requests", json={"unit_id": "STP", "profile": other}, headers=officer)
        assert draft.status_code == 201, draft.text
        refused = await api.post(f"/change-requests/{draft.json()['id']}/submit", headers=officer)
        assert refused.status_code == 422, refused.text
        field = refused.json()["fields"][0]
        assert field["field"] == "identity.family_background" and field["code"] == "profile.inactive_code"
        # A row of a history table may name an item no longer in force: it records what applied then.
        other["identity"]["family_background"] = "NONG_DAN"
        other["training"] = [{"kind": "professional", "institution": "Trường Cao đẳng Sư phạm Tuyên Quang",
                              "mode": "CHUYEN_TU", "from_month": "2005-09", "to_month": "2007-06"}]
        edited = await api.put(f"/change-requests/{draft.json()['id']}",
                               json={"profile": other, "revision": draft.json()["revision"]}, headers=officer)
        assert edited.status_code == 200, edited.text
        ok = await api.post(f"/change-requests/{draft.json()['id']}/submit", headers=officer)
        assert ok.status_code == 200, ok.text


def jpeg(size: tuple[int, int], color: tuple[int, int, int] = (180, 140, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=90)
    return out.getvalue()


def images_on_first_page(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages[0].images)


async def audit_actions(db_url: str, person_id: str) -> list[tuple[str, str]]:
    engine = make_engine(db_url, pool_size=1)
    async with engine.connect() as conn:
        rows = (await conn.execute(text("select action, resource_type from audit_entry where detail->>'person_id' = :p "
                                        "order by seq"), {"p": person_id})).all()
    await engine.dispose()
    return [(a, t) for a, t in rows]


class TestPhoto:
    async def test_an_uploaded_photo_is_printed_on_both_forms_without_its_exif(self, api, as_user, personnel_db):
        person_id = await approve(api, as_user, minimal("Đỗ Thị Ảnh", gender="2"), "STP", "stp.officer", "stp.leader")
        officer = as_user("stp.officer")
        before = await api.get(f"/persons/{person_id}/print/2c.pdf", headers=officer)
        assert images_on_first_page(before.content) == 0
        assert (await api.get(f"/persons/{person_id}/photo", headers=officer)).status_code == 404
        photo = files.jpeg_with_location((300, 400))
        r = await api.put(f"/persons/{person_id}/photo", files={"file": ("anh.jpg", photo, "image/jpeg")},
                          headers=officer)
        assert r.status_code == 200, r.text
        assert r.json()["version"] == 1 and (r.json()["width"], r.json()["height"]) == (300, 400)
        stored = await api.get(f"/persons/{person_id}/photo", headers=officer)
        assert stored.status_code == 200 and stored.headers["content-type"] == "image/jpeg"
        assert len(Image.open(io.BytesIO(stored.content)).getexif()) == 0  # no maker, no GPS position
        for form in ("2c", "unified"):
            printed = await api.get(f"/persons/{person_id}/print/{form}.pdf", headers=officer)
            assert printed.status_code == 200 and images_on_first_page(printed.content) == 1, form
        # Replacing keeps the first photo as version 1 of the ANH_3X4 document.
        r = await api.put(f"/persons/{person_id}/photo", files={"file": ("moi.png", _png((600, 800)), "image/png")},
                          headers=officer)
        assert r.status_code == 200 and r.json()["version"] == 2 and r.json()["content_type"] == "image/png"
        docs = (await api.get(f"/persons/{person_id}/documents", headers=officer)).json()
        photo_docs = [d for d in docs if d["document_type"] == "ANH_3X4"]
        assert len(photo_docs) == 1 and [v["version"] for v in photo_docs[0]["versions"]] == [1, 2]
        actions = await audit_actions(personnel_db, person_id)
        assert ("create", "document") in actions and ("update", "document") in actions and ("read", "photo") in actions

    async def test_bad_photos_are_refused_in_vietnamese_and_change_nothing(self, api, as_user, personnel_db):
        person_id = await approve(api, as_user, minimal("Đỗ Văn Sai"), "STP", "stp.officer", "stp.leader")
        headers = {**as_user("stp.officer"), **VI}
        cases = {
            "photo.ratio": ("ngang.png", _png((400, 300)), "Ảnh phải theo tỷ lệ 3×4"),
            "photo.too_small": ("nho.jpg", jpeg((120, 160)), "Ảnh quá nhỏ (120×160 điểm ảnh)"),
            "photo.type": ("scan.pdf", files.pdf(), "Ảnh phải là tệp JPEG hoặc PNG."),
            "upload.file_type": ("anh.jpg", b"not an image at all", ""),
        }
        for code, (name, content, message) in cases.items():
            r = await api.put(f"/persons/{person_id}/photo", files={"file": (name, content, "image/jpeg")},
                              headers=headers)
            assert r.status_code == 422, (code, r.text)
            field = r.json()["fields"][0]
            assert field["code"] == code and field["field"] == "file" and message in field["message"], field
        assert (await api.get(f"/persons/{person_id}/photo", headers=headers)).status_code == 404
        assert (await api.get(f"/persons/{person_id}/documents", headers=headers)).json() == []

    async def test_the_photo_cannot_be_sent_or_replaced_as_a_plain_document(self, api, as_user):
        person_id = await approve(api, as_user, minimal("Đỗ Văn Vòng"), "STP", "stp.officer", "stp.leader")
        headers = {**as_user("stp.officer"), **VI}
        wide = _png((800, 300))
        r = await api.post(f"/persons/{person_id}/documents", data={"document_type": "ANH_3X4"},
                           files={"file": ("ngang.png", wide, "image/png")}, headers=headers)
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "document.photo_type"
        assert "ô ảnh của hồ sơ" in r.json()["fields"][0]["message"]
        r = await api.put(f"/persons/{person_id}/photo", files={"file": ("a.jpg", jpeg((300, 400)), "image/jpeg")},
                          headers=headers)
        doc_id = r.json()["document_id"]
        r = await api.put(f"/persons/{person_id}/documents/{doc_id}/file",
                          files={"file": ("ngang.png", wide, "image/png")}, headers=headers)
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "document.photo_type"
        assert (await api.get(f"/persons/{person_id}/photo", headers=headers)).headers["content-type"] == "image/jpeg"

    async def test_outside_the_scope_the_photo_does_not_exist(self, api, as_user):
        person_id = await approve(api, as_user, minimal("Đỗ Văn Phạm"), "STP", "stp.officer", "stp.leader")
        commune = as_user("xa.phulinh")
        r = await api.put(f"/persons/{person_id}/photo", files={"file": ("a.jpg", jpeg((300, 400)), "image/jpeg")},
                          headers=commune)
        assert r.status_code == 404
        assert (await api.get(f"/persons/{person_id}/photo", headers=commune)).status_code == 404
        assert (await api.get(f"/persons/{uuid.uuid4()}/photo", headers=as_user("stp.officer"))).status_code == 404


def _png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 120, 160)).save(out, "PNG")
    return out.getvalue()


def test_the_profile_builder_above_is_dated_in_the_past() -> None:
    assert date.fromisoformat(every_field_profile("x")["salary"]["job_salary_effective_on"]) <= date(2026, 12, 4)
