"""Scanned documents on the real S3 server, and the catalog copy fed by org's events on real Kafka."""

from __future__ import annotations

import asyncio
import hashlib

import httpx
from aiokafka import AIOKafkaProducer

from common.events.contracts.org import CatalogItemChanged
from common.events.envelope import Envelope
from common.testing import stack
from common.testing.files import pdf, png_with_text
from common.uploads import inspect as inspect_upload

from .conftest import new_profile
from .test_personnel_records import LEADER, OFFICER, OTHER, create_approved, scalar

PDF = pdf()
PNG = png_with_text()
STORED_PNG = inspect_upload(PNG).data  # what is kept: the same picture, without its text chunk


class TestDocuments:
    async def test_upload_replace_and_download_through_signed_links(self, api, as_user, personnel_db):
        person_id = (await create_approved(api, as_user, new_profile("Mai Thị Hồ Sơ")))["person_id"]
        r = await api.post(
            f"/persons/{person_id}/documents",
            headers=as_user(OFFICER),
            data={"document_type": "QD_TUYEN_DUNG", "number": "12/QĐ-STP", "issued_on": "2010-08-20"},
            files={"file": ("quyet-dinh.pdf", PDF, "application/pdf")},
        )
        assert r.status_code == 201, r.text
        doc = r.json()
        r = await api.put(
            f"/persons/{person_id}/documents/{doc['id']}/file",
            headers=as_user(OFFICER),
            files={"file": ("scan.png", PNG, "image/png")},
        )
        assert r.json()["current_version"] == 2
        [listed] = (await api.get(f"/persons/{person_id}/documents", headers=as_user(LEADER))).json()
        assert [(v["version"], v["content_type"], v["sha256"]) for v in listed["versions"]] == [
            (1, "application/pdf", hashlib.sha256(PDF).hexdigest()),
            (2, "image/png", hashlib.sha256(STORED_PNG).hexdigest()),
        ]

        async with httpx.AsyncClient(timeout=10) as s3:
            for version, content in ((1, PDF), (None, STORED_PNG)):
                params = {"version": version} if version else {}
                link = (
                    await api.post(
                        f"/persons/{person_id}/documents/{doc['id']}/download-link",
                        params=params,
                        headers=as_user(LEADER),
                    )
                ).json()
                got = await s3.get(link["url"])
                assert got.status_code == 200 and got.content == content
        downloads = await scalar(
            personnel_db, "select count(*) from audit_entry where action = 'download' and resource_id = :d", d=doc["id"]
        )
        assert downloads == 2
        types = await scalar(
            personnel_db,
            "select string_agg(type, ',' order by seq) from outbox_message "
            "where type like 'personnel.document.%' and payload->'data'->>'document_id' = :d",
            d=doc["id"],
        )
        assert types == "personnel.document.added.v1,personnel.document.replaced.v1"
        r = await api.post(f"/persons/{person_id}/documents/{doc['id']}/download-link", headers=as_user(OTHER))
        assert r.status_code == 404

    async def test_preview_streams_the_file_after_the_scope_check(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Mai Thị Xem Trước")))["person_id"]
        url = f"/persons/{person_id}/documents"
        doc = (await api.post(url, headers=as_user(OFFICER), data={"document_type": "CCCD"},
                              files={"file": ("the.png", PNG, "image/png")})).json()
        r = await api.get(f"{url}/{doc['id']}/content", headers=as_user(LEADER))
        assert r.status_code == 200 and r.content == STORED_PNG
        assert r.headers["content-type"] == "image/png" and r.headers["content-disposition"] == "inline"
        assert (await api.get(f"{url}/{doc['id']}/content", headers=as_user(OTHER))).status_code == 404
        assert (await api.get(f"{url}/{doc['id']}/content", params={"version": 9},
                              headers=as_user(LEADER))).status_code == 404

    async def test_content_is_checked_not_the_name_or_declared_type(self, api, as_user):
        person_id = (await create_approved(api, as_user, new_profile("Mai Thị Giả")))["person_id"]
        url = f"/persons/{person_id}/documents"
        r = await api.post(
            url,
            headers=as_user(OFFICER),
            data={"document_type": "VAN_BANG"},
            files={"file": ("bang.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")},
        )
        assert r.status_code == 422 and r.json()["fields"][0]["field"] == "file"
        for bad, code in ((b"%PDF-1.7\n" + b"\x00" * 200, "upload.pdf_broken"),
                          (pdf(js=True), "upload.pdf_active_content")):
            r = await api.post(url, headers=as_user(OFFICER), data={"document_type": "VAN_BANG"},
                               files={"file": ("bang.pdf", bad, "application/pdf")})
            assert r.status_code == 422 and r.json()["fields"][0]["code"] == code, r.text
        assert (await api.get(url, headers=as_user(OFFICER))).json() == []  # nothing was kept
        r = await api.post(
            url,
            headers=as_user(OFFICER) | {"Accept-Language": "en"},
            data={"document_type": "VAN_BANG"},
            files={"file": ("big.pdf", PDF + b"0" * 70 * 1024, "application/pdf")},
        )
        assert r.status_code == 422 and r.json()["fields"][0]["code"] == "document.too_large"
        assert r.json()["fields"][0]["message"].startswith("The file exceeds the size limit (")
        r = await api.post(
            url,
            headers=as_user(OFFICER),
            data={"document_type": "KHONG_CO"},
            files={"file": ("a.pdf", PDF, "application/pdf")},
        )
        assert r.status_code == 422 and r.json()["fields"][0]["field"] == "document_type"


async def test_catalog_events_from_org_update_the_copy_used_by_validation(api, as_user, topic_prefix, personnel_db):
    """org deactivates ethnic group 02: a new profile using it is refused; an unknown catalog code arrives too."""
    # The copy keeps the newest of org's revisions of an item: these events come after what it holds.
    newer = 1 + await scalar(personnel_db, "select coalesce(max(version), 0) from catalog_copy_item")
    producer = AIOKafkaProducer(bootstrap_servers=stack.kafka_bootstrap())
    await producer.start()
    try:
        for item in (
            CatalogItemChanged(catalog="ethnic_groups", code="02", name="Tày", active=False, version=newer),
            CatalogItemChanged(catalog="ethnic_groups", code="56", name="Thử nghiệm", sort_order=56, version=newer),
        ):
            env = Envelope.of(item, source="org", subject=f"{item.catalog}:{item.code}")
            await producer.send_and_wait(
                f"{topic_prefix}org.catalog_item", env.model_dump_json().encode(), key=env.subject.encode()
            )
    finally:
        await producer.stop()
    async with asyncio.timeout(90):  # a consumer joining its group on a loaded 2-core CI box is slow
        while (
            await scalar(
                personnel_db, "select count(*) from catalog_copy_item where catalog = 'ethnic_groups' and code = '56'"
            )
            == 0
        ):
            await asyncio.sleep(0.3)
    assert (
        await scalar(personnel_db,
                     "select active from catalog_copy_item where catalog = 'ethnic_groups' and code = '02'")
        is False
    )
    r = await api.post("/change-requests", json={"unit_id": "STP", "profile": new_profile()}, headers=as_user(OFFICER))
    r = await api.post(f"/change-requests/{r.json()['id']}/submit", headers=as_user(OFFICER))
    assert r.status_code == 422 and [f["field"] for f in r.json()["fields"]] == ["identity.ethnicity"]
