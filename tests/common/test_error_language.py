"""One error body in the language the client asks for, on a small app with its own catalog: the same code
whatever the language, the message in Vietnamese unless English is asked for, and Content-Language set."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, Field, model_validator

from common.errors import (
    COMMON,
    AppError,
    Conflict,
    FieldError,
    NotFound,
    Phrase,
    ValidationFailed,
    install_error_handlers,
    invalid,
    language,
)

MESSAGES = COMMON.extend({
    "probe.taken": ("Mã {item} đã có từ ngày {since}.", "Code {item} exists since {since}."),
    "probe.too_many": ("Vượt quá {limit:,} dòng.", "More than {limit:,} rows."),
    "probe.state": ("Không thể làm vậy khi hồ sơ {state}.", "Not possible while the record is {state}."),
    "probe.state.draft": ("là bản nháp", "a draft"),
    "probe.end_before_start": ("Ngày kết thúc trước ngày bắt đầu.", "The end is before the start."),
})


class Period(BaseModel):
    start: date
    end: date
    note: str = Field(default="", max_length=3)

    @model_validator(mode="after")
    def _order(self) -> Period:
        if self.end < self.start:
            raise ValueError("probe.end_before_start")
        return self


class Legacy(BaseModel):
    name: str

    @model_validator(mode="after")
    def _name(self) -> Legacy:
        if self.name == "both":
            raise ValueError("Tên không hợp lệ.|The name is not valid.")
        if self.name == "plain":
            raise ValueError("plain english")
        return self


@pytest.fixture(scope="module")
def app() -> FastAPI:
    app = FastAPI()
    app.state.messages = MESSAGES
    install_error_handlers(app)

    @app.get("/taken")
    async def taken() -> None:
        raise Conflict("probe.taken", item="A1", since=date(2025, 1, 24),
                       fields=[FieldError("code", "probe.taken", item="A1", since=date(2025, 1, 24))])

    @app.get("/many")
    async def many() -> None:
        raise ValidationFailed("probe.too_many", limit=10000)

    @app.get("/state")
    async def state() -> None:
        raise Conflict("probe.state", state=Phrase("probe.state.draft"))

    @app.get("/field")
    async def field() -> None:
        raise invalid("end", "probe.end_before_start")

    @app.get("/missing")
    async def missing() -> None:
        raise NotFound()

    @app.get("/typo")
    async def typo() -> None:
        raise Conflict("probe.no_such_code")

    @app.get("/broken")
    async def broken() -> None:
        raise RuntimeError("boom")

    @app.post("/periods")
    async def periods(period: Period) -> None:
        return None

    @app.post("/legacy")
    async def legacy(body: Legacy) -> None:
        return None

    return app


@pytest.fixture
async def client(app: FastAPI) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://probe") as client:
        yield client  # type: ignore[misc]


def lang(value: str | None) -> dict[str, str]:
    return {"Accept-Language": value} if value is not None else {}


class TestLanguage:
    @pytest.mark.parametrize(("header", "expected"), [
        (None, "vi"), ("", "vi"), ("vi", "vi"), ("en", "en"), ("en-US", "en"), ("EN-gb", "en"),
        ("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"), ("en-US,en;q=0.9,vi;q=0.8", "en"),
        ("fr, en;q=0.5", "en"), ("fr, de", "vi"), ("en;q=0.4, vi;q=0.6", "vi"), ("vi;q=0.2, en;q=0.3", "en"),
        ("en;q=0", "vi"), ("*", "vi"), ("*;q=0.1, en", "en"), ("en;q=nonsense", "vi"), ("ja, zh-CN", "vi"),
    ])
    def test_the_highest_q_of_a_language_we_speak_wins_else_vietnamese(self, header: str | None,
                                                                        expected: str) -> None:
        assert language(header) == expected


class TestBody:
    async def test_the_same_error_in_each_language_has_the_same_code(self, client: httpx.AsyncClient) -> None:
        answers = {h: await client.get("/taken", headers=lang(h)) for h in (None, "vi", "en", "en-US,en;q=0.9")}
        for header, resp in answers.items():
            assert resp.status_code == 409
            assert resp.headers["content-language"] == ("en" if header and header.startswith("en") else "vi")
            assert "Accept-Language" in resp.headers["vary"]
            body = resp.json()
            assert set(body) == {"error", "message", "fields"} and body["error"] == "probe.taken"
            assert body["fields"][0]["field"] == "code" and body["fields"][0]["code"] == "probe.taken"
        assert answers[None].json() == answers["vi"].json()
        assert answers["vi"].json()["message"] == "Mã A1 đã có từ ngày 24/01/2025."
        assert answers["en"].json()["message"] == "Code A1 exists since 2025-01-24."
        assert answers["en"].json()["fields"][0]["message"] == "Code A1 exists since 2025-01-24."

    async def test_numbers_and_phrases_are_put_in_the_language_too(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/many")).json()["message"] == "Vượt quá 10.000 dòng."
        assert (await client.get("/many", headers=lang("en"))).json()["message"] == "More than 10,000 rows."
        assert (await client.get("/state")).json()["message"] == "Không thể làm vậy khi hồ sơ là bản nháp."
        assert (await client.get("/state", headers=lang("en"))).json()["message"] == (
            "Not possible while the record is a draft.")

    async def test_invalid_names_the_field_with_the_errors_own_message(self, client: httpx.AsyncClient) -> None:
        body = (await client.get("/field", headers=lang("en"))).json()
        assert body == {"error": "probe.end_before_start", "message": "The end is before the start.",
                        "fields": [{"field": "end", "code": "probe.end_before_start",
                                    "message": "The end is before the start."}]}

    async def test_common_errors_speak_both_languages(self, client: httpx.AsyncClient) -> None:
        vi, en = await client.get("/missing"), await client.get("/missing", headers=lang("en"))
        assert vi.json()["error"] == en.json()["error"] == "not_found"
        assert (vi.json()["message"], en.json()["message"]) == ("Không tìm thấy dữ liệu.", "Not found.")
        route_vi, route_en = await client.get("/no/route"), await client.get("/no/route", headers=lang("en"))
        assert route_vi.status_code == route_en.status_code == 404
        assert route_en.json()["message"] == "Not found." and route_en.headers["content-language"] == "en"
        put = await client.put("/missing", headers=lang("en"))
        assert put.status_code == 405 and put.json()["error"] == "method_not_allowed"
        assert put.json()["message"] == "Method not allowed."
        crash = await client.get("/broken", headers=lang("en"))
        assert crash.status_code == 500 and crash.json()["error"] == "internal_error"
        assert crash.json()["message"].startswith("Internal error") and crash.headers["content-language"] == "en"

    async def test_an_unknown_code_keeps_its_status_and_says_the_kinds_words(self, client: httpx.AsyncClient,
                                                                             caplog: pytest.LogCaptureFixture) -> None:
        resp = await client.get("/typo", headers=lang("en"))
        assert resp.status_code == 409 and resp.json()["error"] == "probe.no_such_code"
        assert resp.json()["message"] == "Conflicting or duplicate data."
        assert "probe.no_such_code" in caplog.text  # logged as an error: a bug to fix


class TestPydantic:
    async def test_field_messages_follow_the_language(self, client: httpx.AsyncClient) -> None:
        bad = {"start": "2025-02-30", "note": "too long"}
        vi = (await client.post("/periods", json=bad)).json()
        en = (await client.post("/periods", json=bad, headers=lang("en"))).json()
        assert vi["error"] == en["error"] == "validation_failed"
        by_field = {f["field"]: f for f in vi["fields"]}
        by_field_en = {f["field"]: f for f in en["fields"]}
        assert {f: e["code"] for f, e in by_field.items()} == {
            "start": "input.date_from_datetime_parsing", "end": "input.missing", "note": "input.string_too_long"}
        assert {f: e["code"] for f, e in by_field_en.items()} == {f: e["code"] for f, e in by_field.items()}
        assert by_field["end"]["message"] == "Trường này là bắt buộc."
        assert by_field_en["end"]["message"] == "This field is required."
        assert by_field_en["note"]["message"] == "The value is too long."

    async def test_a_validator_names_a_code(self, client: httpx.AsyncClient) -> None:
        period = {"start": "2025-03-01", "end": "2025-02-01"}
        vi = (await client.post("/periods", json=period)).json()["fields"]
        en = (await client.post("/periods", json=period, headers=lang("en"))).json()["fields"]
        assert vi == [{"field": "body", "code": "probe.end_before_start",
                       "message": "Ngày kết thúc trước ngày bắt đầu."}]
        assert en == [{"field": "body", "code": "probe.end_before_start",
                       "message": "The end is before the start."}]

    async def test_a_validators_plain_text_still_works(self, client: httpx.AsyncClient) -> None:
        both_vi = (await client.post("/legacy", json={"name": "both"})).json()["fields"][0]
        both_en = (await client.post("/legacy", json={"name": "both"}, headers=lang("en"))).json()["fields"][0]
        assert (both_vi["message"], both_en["message"]) == ("Tên không hợp lệ.", "The name is not valid.")
        plain = (await client.post("/legacy", json={"name": "plain"}, headers=lang("en"))).json()["fields"][0]
        assert plain == {"field": "body", "code": "input.invalid", "message": "plain english"}


def test_an_error_renders_itself_without_a_request() -> None:
    err = Conflict("probe.taken", item="B2", since=date(2026, 5, 1))
    assert err.message("en", MESSAGES) == "Code B2 exists since 2026-05-01."
    assert err.body("vi", MESSAGES)["message"] == "Mã B2 đã có từ ngày 01/05/2026."
    assert AppError().body("en")["error"] == "bad_request"
