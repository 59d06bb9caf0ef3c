"""The scanned decision of a case: kept in S3 after pypdf or Pillow has opened it; a PDF that runs code is
refused and changes nothing; a photographed decision loses the phone's location; the download's name is
escaped for any name."""

from __future__ import annotations

import io

from PIL import Image

from common.testing.files import jpeg_with_location, pdf

from .conftest import TRANSFER, decision


async def test_a_decision_is_kept_only_once_opened_and_a_photo_loses_its_location(gateway, as_user, new_person):
    person = await new_person("STP", "Trịnh Văn Quyết")
    officer = as_user("stp.officer")
    r = await gateway.post(f"{TRANSFER}/cases", headers=officer,
                           json={"kind": "transfer", "person_id": person, "to_unit_id": "SNV", **decision()})
    assert r.status_code == 201, r.text
    case = r.json()
    url = f"{TRANSFER}/cases/{case['id']}/decision-document"

    r = await gateway.put(url, headers=officer, files={"file": ("qd.pdf", pdf(js=True), "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "upload.pdf_active_content"
    assert "JavaScript" in r.json()["fields"][0]["message"]
    assert (await gateway.get(url, headers=officer)).status_code == 404  # nothing was kept

    name = 'Quyết định "số 5" ;\r\nX-Bad: 1.jpg'
    r = await gateway.put(url, headers=officer, files={"file": (name, jpeg_with_location((80, 60)), "image/jpeg")})
    assert r.status_code == 200, r.text
    got = await gateway.get(url, headers=officer)
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert "x-bad" not in got.headers and "\n" not in got.headers["content-disposition"]
    assert not Image.open(io.BytesIO(got.content)).getexif()  # no GPS, no EXIF at all

    r = await gateway.put(url, headers=officer, files={"file": ("qd.pdf", pdf(), "application/pdf")})
    assert r.status_code == 200
    got = await gateway.get(url, headers=officer)
    assert got.headers["content-type"] == "application/pdf" and got.content.startswith(b"%PDF-")
