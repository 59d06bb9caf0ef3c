"""News through the gateway: drafts, the Department's approval, audiences, search, files and the feed."""

from __future__ import annotations

import uuid

import httpx
import psycopg

from common.testing import stack

from .conftest import NOTIFY, PDF, PNG, docx

NEWS = f"{NOTIFY}/news"


def article(**kw) -> dict:
    return {"title": f"Hội nghị triển khai công tác cán bộ {uuid.uuid4().hex[:6]}",
            "summary": "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2027.",
            "body_html": "<p>Sáng nay, <strong>Sở Nội vụ</strong> tổ chức hội nghị.</p>",
            "category": "personnel", **kw}


def count(table: str) -> int:
    with psycopg.connect(stack.admin_dsn("notify")) as conn:
        return int(conn.execute(f"select count(*) from {table}").fetchone()[0])  # type: ignore[index]


async def test_a_draft_is_read_only_after_the_departments_approval(gateway: httpx.AsyncClient, as_user) -> None:
    r = await gateway.post(NEWS, headers=as_user("snv.leader"),
                           json=article(title="Thông báo tuyển dụng công chức Đợt 2"))
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["state"] == "draft" and a["can_edit"] and a["unit_id"] == "SNV"
    # Nobody reads a draft, not even its own writers in the reading list.
    listed = (await gateway.get(NEWS, headers=as_user("xa.phulinh"), params={"size": 100})).json()
    assert a["id"] not in [x["id"] for x in listed["items"]]
    assert (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("xa.phulinh"))).status_code == 404
    r = await gateway.post(f"{NEWS}/{a['id']}/submit", headers=as_user("snv.leader"))
    assert r.status_code == 200 and r.json()["state"] == "pending"
    # A unit leader is not the Department's editor.
    r = await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.leader"))
    assert r.status_code == 403 and r.json()["error"] == "news.editor_only"
    assert "Sở Nội vụ" in r.json()["message"]
    r = await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.admin"))
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "published" and r.json()["live"]
    # Every unit reads it now, and finds it without diacritics.
    found = (await gateway.get(NEWS, headers=as_user("xa.phulinh"),
                               params={"q": "tuyen dung cong chuc dot 2"})).json()
    assert a["id"] in [x["id"] for x in found["items"]]
    one = (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("xa.phulinh"))).json()
    assert one["can_edit"] is False and one["steps"] == []
    # ... and the feed carries it, without signing in.
    feed = await gateway.get(f"{NEWS}/feed.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    assert f"urn:uuid:{a['id']}" in feed.text and "Thông báo tuyển dụng công chức Đợt 2" in feed.text
    # Withdrawn, it is gone from the list and the feed.
    r = await gateway.post(f"{NEWS}/{a['id']}/withdraw", headers=as_user("snv.admin"))
    assert r.json()["state"] == "withdrawn"
    assert f"urn:uuid:{a['id']}" not in (await gateway.get(f"{NEWS}/feed.atom")).text
    assert (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("xa.phulinh"))).status_code == 404


async def test_scripts_and_event_handlers_are_removed_on_input(gateway: httpx.AsyncClient, as_user) -> None:
    body = ('<p onclick="steal()">Nội dung <a href="javascript:alert(1)">liên kết</a>'
            '<a href="https://tuyenquang.gov.vn">cổng</a></p><script>alert(1)</script>'
            '<img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe><style>p{}</style>')
    r = await gateway.post(NEWS, headers=as_user("stp.officer"), json=article(body_html=body))
    assert r.status_code == 201, r.text
    stored = r.json()["body_html"]
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<style", "alert(1)"):
        assert bad not in stored, (bad, stored)
    assert 'href="https://tuyenquang.gov.vn"' in stored and "noopener" in stored and "Nội dung" in stored


async def test_bad_input_is_refused_in_vietnamese_and_changes_nothing(gateway: httpx.AsyncClient, as_user) -> None:
    before = count("news_article")
    cases = [
        (article(body_html="<script>alert(1)</script>"), "news.body_required"),
        (article(category="gossip"), "news.unknown_category"),
        (article(publish_from="2027-01-10T08:00:00+07:00", publish_until="2027-01-01T08:00:00+07:00"),
         "news.window_reversed"),
        (article(province_wide=False), "news.audience_required"),
        # Sở Tư pháp addresses its own subtree only: another unit reads as unknown.
        (article(province_wide=False, audience_unit_ids=["00700"]), "news.audience_unit_unknown"),
        (article(province_wide=False, audience_unit_ids=["KHONGCO"]), "news.audience_unit_unknown"),
    ]
    for body, code in cases:
        r = await gateway.post(NEWS, headers=as_user("stp.officer"), json=body)
        assert r.status_code == 422, (code, r.text)
        assert code in [f["code"] for f in r.json()["fields"]], r.text
        assert r.headers["content-language"] == "vi"
    r = await gateway.post(NEWS, headers=as_user("stp.officer"), json={**article(), "title": "   "})
    assert r.status_code == 422 and r.json()["fields"][0]["message"] == "Cần nhập tiêu đề."
    # Writing for a unit outside the scope: as if it did not exist.
    r = await gateway.post(NEWS, headers=as_user("stp.officer"), json=article(unit_id="SNV"))
    assert r.status_code == 404
    assert count("news_article") == before


async def test_an_audience_of_units_and_their_subtrees(gateway: httpx.AsyncClient, as_user) -> None:
    r = await gateway.post(NEWS, headers=as_user("stp.officer"),
                           json=article(title="Lịch tiếp công dân của Sở tháng 12", province_wide=False,
                                        audience_unit_ids=["STP.HCTP"]))
    assert r.status_code == 201, r.text
    a = r.json()
    assert [u["unit_id"] for u in a["audience"]] == ["STP.HCTP"]
    await gateway.post(f"{NEWS}/{a['id']}/submit", headers=as_user("stp.officer"))
    # The Department's editors see every unit's pending articles.
    pending = (await gateway.get(f"{NEWS}/editorial", headers=as_user("snv.admin"),
                                 params={"state": "pending", "size": 100})).json()
    assert a["id"] in [x["id"] for x in pending["items"]]
    assert (await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.admin"))).status_code == 200
    # The writing unit reads it (its own), another branch does not, even the Department's leader.
    assert (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("stp.leader"))).status_code == 200
    for other in ("xa.phulinh", "snv.leader"):
        assert (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user(other))).status_code == 404
        listed = (await gateway.get(NEWS, headers=as_user(other),
                                    params={"q": "lich tiep cong dan", "size": 100})).json()
        assert a["id"] not in [x["id"] for x in listed["items"]]


async def test_rejected_with_a_reason_then_corrected(gateway: httpx.AsyncClient, as_user) -> None:
    a = (await gateway.post(NEWS, headers=as_user("snv.leader"), json=article())).json()
    await gateway.post(f"{NEWS}/{a['id']}/submit", headers=as_user("snv.leader"))
    r = await gateway.post(f"{NEWS}/{a['id']}/reject", headers=as_user("snv.admin"), json={"reason": " "})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "news.reject_reason_required"
    r = await gateway.post(f"{NEWS}/{a['id']}/reject", headers=as_user("snv.admin"),
                           json={"reason": "Bổ sung số liệu"})
    assert r.json()["state"] == "rejected" and r.json()["reject_reason"] == "Bổ sung số liệu"
    # A step not possible from here, and an edit over a stale version.
    assert (await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.admin"))).status_code == 409
    edit = {**article(title="Đã bổ sung số liệu"), "row_version": 1}
    r = await gateway.put(f"{NEWS}/{a['id']}", headers=as_user("snv.leader"), json=edit)
    assert r.status_code == 409 and r.json()["error"] == "news.stale"
    fresh = (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("snv.leader"))).json()
    r = await gateway.put(f"{NEWS}/{a['id']}", headers=as_user("snv.leader"),
                          json={**edit, "row_version": fresh["row_version"]})
    assert r.status_code == 200 and r.json()["state"] == "draft" and r.json()["title"] == "Đã bổ sung số liệu"
    assert [s["step"] for s in r.json()["steps"]] == ["create", "submit", "reject", "edit"]


async def test_cover_and_attachments_are_checked_from_their_bytes(gateway: httpx.AsyncClient, as_user) -> None:
    a = (await gateway.post(NEWS, headers=as_user("stp.officer"), json=article())).json()
    h = as_user("stp.officer")
    r = await gateway.put(f"{NEWS}/{a['id']}/cover", headers=h, files={"file": ("anh.png", PDF, "image/png")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "file.image_type"
    r = await gateway.put(f"{NEWS}/{a['id']}/cover", headers=h, files={"file": ("anh.png", PNG, "image/png")})
    assert r.status_code == 200 and r.json()["has_cover"]
    cover = await gateway.get(f"{NEWS}/{a['id']}/cover", headers=h)
    assert cover.status_code == 200 and cover.content.startswith(b"\x89PNG")  # re-written without metadata
    # A PDF with JavaScript is refused like a record's scan.
    r = await gateway.post(f"{NEWS}/{a['id']}/attachments", headers=h,
                           files={"file": ("bao-cao.pdf", PDF.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction"
                                                                      b" << /S /JavaScript /JS (app.alert(1)) >>"),
                                           "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"].startswith("upload.pdf")
    r = await gateway.post(f"{NEWS}/{a['id']}/attachments", headers=h,
                           files={"file": ("virus.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")})
    assert r.status_code == 422 and r.json()["fields"][0]["code"] == "file.type"
    assert "PDF" in r.json()["fields"][0]["message"]
    r = await gateway.post(f"{NEWS}/{a['id']}/attachments", headers=h,
                           files={"file": ("ke-hoach.docx", docx(), "application/octet-stream")})
    assert r.status_code == 201, r.text
    att = r.json()["attachments"][0]
    assert att["name"] == "ke-hoach.docx" and att["content_type"].endswith("wordprocessingml.document")
    got = await gateway.get(f"{NEWS}/{a['id']}/attachments/{att['id']}", headers=h)
    assert got.status_code == 200 and got.content.startswith(b"PK")
    assert "ke-hoach.docx" in got.headers["content-disposition"]
    # Another branch reaches neither the draft's cover nor its files.
    other = as_user("xa.phulinh")
    assert (await gateway.get(f"{NEWS}/{a['id']}/cover", headers=other)).status_code == 404
    assert (await gateway.get(f"{NEWS}/{a['id']}/attachments/{att['id']}", headers=other)).status_code == 404
    r = await gateway.delete(f"{NEWS}/{a['id']}/attachments/{att['id']}", headers=h)
    assert r.status_code == 200 and r.json()["attachments"] == []


async def test_the_publishing_window_and_pinned_first(gateway: httpx.AsyncClient, as_user) -> None:
    later = (await gateway.post(NEWS, headers=as_user("snv.leader"),
                                json=article(title="Tin hẹn giờ", publish_from="2099-01-01T08:00:00+07:00"))).json()
    pinned = (await gateway.post(NEWS, headers=as_user("snv.leader"),
                                 json=article(title="Tin ghim", pinned=True))).json()
    for a in (later, pinned):
        await gateway.post(f"{NEWS}/{a['id']}/submit", headers=as_user("snv.leader"))
        assert (await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.admin"))).status_code == 200
    listed = (await gateway.get(NEWS, headers=as_user("xa.phulinh"), params={"size": 100})).json()["items"]
    ids = [x["id"] for x in listed]
    assert later["id"] not in ids  # not yet
    assert listed[0]["pinned"] and pinned["id"] in ids
    for a in (later, pinned):  # leave the demo's pinned news on top
        await gateway.post(f"{NEWS}/{a['id']}/withdraw", headers=as_user("snv.admin"))


async def test_an_editor_never_approves_an_article_of_its_own(gateway: httpx.AsyncClient, as_user) -> None:
    a = (await gateway.post(NEWS, headers=as_user("snv.admin"), json=article())).json()
    await gateway.post(f"{NEWS}/{a['id']}/submit", headers=as_user("snv.admin"))
    r = await gateway.post(f"{NEWS}/{a['id']}/approve", headers=as_user("snv.admin"))
    assert r.status_code == 403 and r.json()["error"] == "approval.own_work"
    assert (await gateway.get(f"{NEWS}/{a['id']}", headers=as_user("snv.admin"))).json()["state"] == "pending"
    await gateway.post(f"{NEWS}/{a['id']}/withdraw", headers=as_user("snv.admin"))
