"""Business errors carry their HTTP status and a message code; one handler renders every error in one body,
in the language the client asks for (Accept-Language: `en`, `en-US` -> English; anything else -> Vietnamese):

{"error": "<code>", "message": "<text>",
 "fields": [{"field": "personal_id_number", "code": "<code>", "message": "<text>"}]}

with `Content-Language: vi|en`. The texts live in catalogs keyed by code, never at a raise: `COMMON` here
(not_found, forbidden, validation_failed, ...) and one `MESSAGES = COMMON.extend({...})` per service in
services/<name>/src/<name>/errors.py, handed to create_service_app(messages=...). A raise names a code
and the values to put in its text:

    raise Conflict("open_case_exists")
    raise NotFound("unit.not_on_date", on=date(2025, 1, 1))
    raise ValidationFailed(fields=[FieldError("birth_date", "person.birth_date_in_future")])

A pydantic validator raises ValueError("<code>") (a plain text still works: "vi|en", or English only).
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

Lang = Literal["vi", "en"]
LANGUAGES: tuple[Lang, ...] = ("vi", "en")
DEFAULT_LANG: Lang = "vi"

_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")


class UnknownMessage(KeyError):
    """A code no catalog holds: a bug (a typo at a raise, or a message not added to the service's errors.py)."""


def _placeholders(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


class _Formatter(string.Formatter):
    """Values as each language writes them: a date 24/01/2025 in Vietnamese and 2025-01-24 in English; a
    number with a `,` spec groups thousands with dots in Vietnamese (10.000) and commas in English."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, date) and not format_spec:
            if isinstance(value, datetime):
                return value.strftime("%H:%M %d/%m/%Y") if self.lang == "vi" else value.isoformat(" ", "minutes")
            return value.strftime("%d/%m/%Y") if self.lang == "vi" else value.isoformat()
        text = super().format_field(value, format_spec)
        if self.lang == "vi" and isinstance(value, int | float) and "," in format_spec:
            text = text.translate(str.maketrans(",.", ".,"))
        return text


_FORMATTERS = {lang: _Formatter(lang) for lang in LANGUAGES}


class Messages(Mapping[str, tuple[str, str]]):
    """Message texts by code, (Vietnamese, English); a service's catalog extends the common one.

    Codes are stable, lower_snake, dotted by area (`change_request.not_pending`): a client may branch on
    them. Both texts name the same placeholders ({name}), filled from the raise's keyword arguments."""

    def __init__(self, entries: Mapping[str, tuple[str, str]], *, parent: Messages | None = None) -> None:
        for code, texts in entries.items():
            if not _CODE.fullmatch(code):
                raise ValueError(f"message code {code!r}: lower_snake words separated by dots")
            if parent is not None and code in parent:
                raise ValueError(f"message code {code!r} is already in the catalog this one extends")
            if not (isinstance(texts, tuple) and len(texts) == 2 and all(isinstance(t, str) and t for t in texts)):
                raise ValueError(f"message {code!r}: (Vietnamese, English), both written")
            vi, en = texts
            if _placeholders(vi) != _placeholders(en):
                raise ValueError(f"message {code!r}: the two languages name different placeholders")
        self._own = dict(entries)
        self._parent = parent

    def extend(self, entries: Mapping[str, tuple[str, str]]) -> Messages:
        return Messages(entries, parent=self)

    @property
    def own(self) -> Mapping[str, tuple[str, str]]:
        """The entries of this catalog alone, without those it extends."""
        return self._own

    def __getitem__(self, code: str) -> tuple[str, str]:
        if code in self._own:
            return self._own[code]
        if self._parent is not None:
            return self._parent[code]
        raise UnknownMessage(code)

    def __contains__(self, code: object) -> bool:
        return code in self._own or (self._parent is not None and code in self._parent)

    def __iter__(self) -> Iterator[str]:
        if self._parent is not None:
            yield from self._parent
        yield from self._own

    def __len__(self) -> int:
        return len(self._own) + (len(self._parent) if self._parent is not None else 0)

    def text(self, code: str, lang: Lang = DEFAULT_LANG, /, **params: Any) -> str:
        """The message in `lang` with its placeholders filled; UnknownMessage for a code it does not hold."""
        vi, en = self[code]
        template = en if lang == "en" else vi
        params = {k: self.text(v, lang) if isinstance(v, Phrase) else v for k, v in params.items()}
        return _FORMATTERS[lang].vformat(template, (), params) if params or "{" in template else template


class Phrase(str):
    """A catalog entry used as a value inside another message, put in the same language:
    `Conflict("invalid_state", state=Phrase("change_request.state.draft"))`."""

    __slots__ = ()


COMMON = Messages({
    "bad_request": ("Yêu cầu không hợp lệ.", "The request is not valid."),
    "validation_failed": ("Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.",
                          "Some fields are not valid."),
    "unauthorized": ("Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.",
                     "Not signed in, or the session has expired."),
    "account_locked": ("Tài khoản đã bị khóa.", "The account is locked."),
    "account_without_unit": ("Tài khoản chưa được gắn với đơn vị.", "The account has no unit."),
    "forbidden": ("Tài khoản không có quyền thực hiện thao tác này.", "This account may not do this."),
    # Separation of duties (common.duties), for every approval of every service.
    "approval.own_work": ("Không được tự phê duyệt nội dung do chính tài khoản mình lập hoặc trình; "
                          "việc phê duyệt phải do một người khác thực hiện.",
                          "You may not approve what your own account created or submitted; another person "
                          "must approve it."),
    "approval.system_admin": ("Tài khoản quản trị hệ thống không có quyền phê duyệt nghiệp vụ.",
                              "A system administrator account may not approve."),
    "not_found": ("Không tìm thấy dữ liệu.", "Not found."),
    "conflict": ("Dữ liệu đã bị thay đổi hoặc trùng lặp.", "Conflicting or duplicate data."),
    "unavailable": ("Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút.",
                    "Temporarily unavailable; try again in a few minutes."),
    "identity_provider_unreachable": ("Không kết nối được máy chủ xác thực.", "Identity provider unreachable."),
    "method_not_allowed": ("Thao tác không được hỗ trợ.", "Method not allowed."),
    "http_error": ("Yêu cầu không thực hiện được.", "The request could not be carried out."),
    "unsupported_characters": ("Dữ liệu có ký tự không hợp lệ (ký tự điều khiển như NUL); vui lòng nhập lại.",
                               "The input holds characters that cannot be stored (control characters such as NUL)."),
    "value_out_of_range": ("Giá trị vượt quá giới hạn cho phép.", "A value is beyond the allowed range."),
    "internal_error": ("Đã xảy ra lỗi hệ thống. Dữ liệu chưa được lưu; vui lòng thử lại.",
                       "Internal error; nothing was saved. Please try again."),
    # Uploaded scans (common.uploads), for every service that stores them.
    "upload.file_type": ("Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).",
                         "Only PDF, JPEG or PNG files are accepted (judged by their content)."),
    "upload.pdf_broken": ("Tệp PDF bị hỏng hoặc không đúng định dạng PDF.", "The PDF file is damaged or not a PDF."),
    "upload.pdf_encrypted": ("Không nhận tệp PDF có đặt mật khẩu hoặc mã hóa.",
                             "Password-protected or encrypted PDF files are not accepted."),
    "upload.pdf_active_content": ("Tệp PDF chứa mã chạy tự động (JavaScript) hoặc tệp đính kèm bên trong; "
                                  "vui lòng in lại thành PDF thường hoặc quét lại.",
                                  "The PDF carries JavaScript, actions or embedded files; print it again to a "
                                  "plain PDF or scan it again."),
    "upload.image_broken": ("Tệp ảnh bị hỏng, không đọc được.", "The image file is damaged and cannot be read."),
    "upload.image_too_large": ("Ảnh có kích thước điểm ảnh quá lớn.", "The image has too many pixels."),
    # Pydantic's error types, so that every form shows the same words for the same mistake.
    "input.invalid": ("Giá trị không hợp lệ.", "The value is not valid."),
    "input.missing": ("Trường này là bắt buộc.", "This field is required."),
    "input.string_too_short": ("Giá trị quá ngắn.", "The value is too short."),
    "input.string_too_long": ("Giá trị quá dài.", "The value is too long."),
    "input.string_pattern_mismatch": ("Giá trị không đúng định dạng.", "The value is not in the expected format."),
    "input.int_parsing": ("Phải là số nguyên.", "Must be a whole number."),
    "input.float_parsing": ("Phải là số.", "Must be a number."),
    "input.date_parsing": ("Ngày không hợp lệ (định dạng YYYY-MM-DD).", "Not a valid date (YYYY-MM-DD)."),
    "input.date_from_datetime_parsing": ("Ngày không hợp lệ (định dạng YYYY-MM-DD).",
                                         "Not a valid date (YYYY-MM-DD)."),
    "input.datetime_parsing": ("Thời điểm không hợp lệ.", "Not a valid date and time."),
    "input.uuid_parsing": ("Mã định danh không hợp lệ.", "Not a valid identifier."),
    "input.bool_parsing": ("Phải là đúng hoặc sai.", "Must be true or false."),
    "input.enum": ("Giá trị không nằm trong danh sách cho phép.", "Not one of the allowed values."),
    "input.literal_error": ("Giá trị không nằm trong danh sách cho phép.", "Not one of the allowed values."),
    "input.greater_than_equal": ("Giá trị quá nhỏ.", "The value is too small."),
    "input.less_than_equal": ("Giá trị quá lớn.", "The value is too large."),
    "input.extra_forbidden": ("Trường này không được phép.", "This field is not allowed."),
    "input.json_invalid": ("Nội dung gửi lên không phải JSON hợp lệ.", "The body is not valid JSON."),
})


def _resolve(messages: Messages, code: str, fallback: str, lang: Lang, params: Mapping[str, Any]) -> str:
    try:
        return messages.text(code, lang, **params)
    except (UnknownMessage, KeyError, IndexError, ValueError):
        # A bug, never the client's fault: the tests walk every raise (tests/common/test_error_catalogs.py);
        # should one slip through, the client still gets its status and the kind's own words.
        log.error("no message for code %r with params %r", code, sorted(params))
        return messages.text(fallback, lang) if fallback in messages else COMMON.text("bad_request", lang)


class FieldError:
    """One field's problem: the field's dotted path, a message code and the values for its text."""

    __slots__ = ("code", "field", "params", "texts")

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        self.field, self.code, self.params = field, code, params
        self.texts: tuple[str, str] | None = None

    @classmethod
    def literal(cls, field: str, code: str, vi: str, en: str) -> FieldError:
        """A text no catalog holds (a validator's own ValueError words), under a code that says what kind."""
        err = cls(field, code)
        err.texts = (vi, en)
        return err

    def message(self, lang: Lang = DEFAULT_LANG, messages: Messages = COMMON) -> str:
        if self.texts is not None:
            return self.texts[1] if lang == "en" else self.texts[0]
        return _resolve(messages, self.code, "input.invalid", lang, self.params)

    def body(self, lang: Lang = DEFAULT_LANG, messages: Messages = COMMON) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message(lang, messages)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldError) and (self.field, self.code, self.params, self.texts) == (
            other.field, other.code, other.params, other.texts)

    def __hash__(self) -> int:
        return hash((self.field, self.code))

    def __repr__(self) -> str:
        params = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"FieldError({self.field!r}, {self.code!r}{params})"


class AppError(Exception):
    """An expected failure: its status, a message code (the kind's own if none is given), the values for the
    message's placeholders, and the fields it concerns."""

    status_code = 400
    code = "bad_request"

    def __init__(self, code: str | None = None, /, *, fields: Sequence[FieldError] = (), **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        self.fields = list(fields)
        super().__init__(self.code)

    def message(self, lang: Lang = DEFAULT_LANG, messages: Messages = COMMON) -> str:
        return _resolve(messages, self.code, type(self).code, lang, self.params)

    def body(self, lang: Lang = DEFAULT_LANG, messages: Messages = COMMON) -> dict[str, Any]:
        return {"error": self.code, "message": self.message(lang, messages),
                "fields": [f.body(lang, messages) for f in self.fields]}


class ValidationFailed(AppError):
    status_code = 422
    code = "validation_failed"


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"


class NotFound(AppError):
    status_code = 404
    code = "not_found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"


class ServiceUnavailable(AppError):
    status_code = 503
    code = "unavailable"


def invalid(field: str, code: str, /, **params: Any) -> ValidationFailed:
    """One field refused, its message also the error's own: `raise invalid("parent_id", "unit.cycle")`."""
    return ValidationFailed(code, fields=[FieldError(field, code, **params)], **params)


def language(accept_language: str | None) -> Lang:
    """The language to answer in, from an Accept-Language header (RFC 9110 12.5.4): the supported language
    with the highest q-value, the first listed on a tie; `*` stands for the default; q=0 refuses one.
    Without a header, or with none of ours in it, Vietnamese."""
    best: Lang = DEFAULT_LANG
    best_q = 0.0
    for part in (accept_language or "").split(","):
        tag, *attrs = (p.strip() for p in part.split(";"))
        q = 1.0
        for attr in attrs:
            key, _, value = attr.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        primary = tag.lower().split("-")[0]
        lang = DEFAULT_LANG if primary == "*" else next((lg for lg in LANGUAGES if lg == primary), None)
        if lang is not None and q > best_q:
            best, best_q = lang, q
    return best


def request_language(request: Request) -> Lang:
    return language(request.headers.get("accept-language"))


def field_errors_from_pydantic(errors: Sequence[Mapping[str, Any]], messages: Messages = COMMON) -> list[FieldError]:
    out = []
    for err in errors:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")) or "body"
        kind = str(err.get("type", ""))
        if kind == "value_error":
            # A validator raised ValueError("<code>"); older ones say "vi|en" or English alone.
            text = str(err.get("msg", "")).removeprefix("Value error, ")
            ctx_error = (err.get("ctx") or {}).get("error")
            code = str(ctx_error) if isinstance(ctx_error, ValueError) else text
            if code in messages:
                out.append(FieldError(loc, code))
            else:
                vi, sep, en = text.partition("|")
                out.append(FieldError.literal(loc, "input.invalid", vi if sep else messages.text("input.invalid"),
                                              en if sep else text))
        else:
            code = f"input.{kind}"
            out.append(FieldError(loc, code if code in messages else "input.invalid"))
    return out


def _respond(request: Request, status: int, body: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers={
        **(headers or {}), "Content-Language": request_language(request), "Vary": "Accept-Language"})


def catalog_of(request: Request) -> Messages:
    """The catalog of the app serving the request (create_service_app(messages=...)), else COMMON."""
    messages = getattr(request.app.state, "messages", None)
    return messages if isinstance(messages, Messages) else COMMON


def error_response(request: Request, exc: AppError, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return _respond(request, exc.status_code, exc.body(request_language(request), catalog_of(request)), headers)


# SQLSTATE of text the database refuses to store or compare: character_not_in_repertoire (a NUL byte),
# untranslatable_character.
UNSTORABLE_TEXT = {"22021", "22P05"}


# numeric_value_out_of_range, datetime_field_overflow.
OUT_OF_RANGE = {"22003", "22008"}


def _out_of_range(exc: BaseException) -> bool:
    """asyncpg refused a value before sending it (an integer beyond int32 or int64 for its parameter)."""
    try:
        from asyncpg.exceptions import DataError
    except ImportError:  # pragma: no cover - every service has asyncpg
        return False
    current: BaseException | None = exc
    for _ in range(8):
        if current is None:
            return False
        if isinstance(current, DataError) or isinstance(getattr(current, "orig", None), DataError):
            return True
        current = current.__cause__ or current.__context__
    return False


def _sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE behind a database error, through SQLAlchemy's and asyncpg's wrappers."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for candidate in (current, getattr(current, "orig", None)):
            state = getattr(candidate, "sqlstate", None) or getattr(candidate, "pgcode", None)
            if isinstance(state, str):
                return state
        current = current.__cause__ or current.__context__ or getattr(current, "orig", None)
    return None


# The database went away under a request (restarting, failing over, a dropped connection): a moment's
# unavailability, not a fault of the request; the transaction was rolled back with its connection.
DATABASE_AWAY_STATES = {"57P01", "57P02", "57P03"}  # admin/crash shutdown, cannot connect now
DATABASE_AWAY_ERRORS = ("ConnectionDoesNotExistError", "ConnectionFailureError", "CannotConnectNowError",
                        "InterfaceError", "ConnectionRefusedError", "ConnectionResetError")


def database_away(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "connection_invalidated", False) or type(current).__name__ in DATABASE_AWAY_ERRORS:
            return True
        current = current.__cause__ or current.__context__ or getattr(current, "orig", None)
    state = _sqlstate(exc)
    return state is not None and (state in DATABASE_AWAY_STATES or state.startswith("08"))


ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error", "type": "object", "required": ["error", "message", "fields"],
    "description": "Every refusal, whatever its status: the code a client may branch on, the text in the language "
                   "asked for, and the fields concerned.",
    "properties": {
        "error": {"type": "string", "title": "Error"},
        "message": {"type": "string", "title": "Message"},
        "fields": {"type": "array", "title": "Fields", "items": {"$ref": "#/components/schemas/ErrorField"}},
    },
}
ERROR_FIELD_SCHEMA: dict[str, Any] = {
    "title": "ErrorField", "type": "object", "required": ["field", "code", "message"],
    "properties": {"field": {"type": "string", "title": "Field"}, "code": {"type": "string", "title": "Code"},
                   "message": {"type": "string", "title": "Message"}},
}


def document_errors(doc: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI document says what a refusal looks like: every operation answers a client error (4XX: not
    signed in, not allowed, not found, in conflict, invalid input) with the one Error body the handlers below
    write, FastAPI's own validation-error shape (never sent) replaced by it."""
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["Error"], schemas["ErrorField"] = ERROR_SCHEMA, ERROR_FIELD_SCHEMA
    components.setdefault("responses", {}).update({
        "InvalidInput": {"description": "Invalid input: the fields say which and why", **body},
        "Refused": {"description": "Refused: the status and the error code say why", **body},
    })
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "patch", "delete", "head", "options"):
                continue
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = {"$ref": "#/components/responses/InvalidInput"}
            responses["4XX"] = {"$ref": "#/components/responses/Refused"}
    return doc


def install_error_handlers(app: FastAPI) -> None:
    make_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_errors(make_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError) -> JSONResponse:
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = field_errors_from_pydantic(list(exc.errors()), catalog_of(request))
        return error_response(request, ValidationFailed(fields=fields))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            err = NotFound()
        elif exc.status_code == 405:
            err = AppError("method_not_allowed")
        else:
            err = AppError("http_error")
        err.status_code = exc.status_code
        return error_response(request, err, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        if _sqlstate(exc) in UNSTORABLE_TEXT:
            # Text PostgreSQL cannot hold (a NUL character in a name or a search): the client's input, not a
            # fault here; the transaction was rolled back, nothing changed.
            return error_response(request, ValidationFailed("unsupported_characters"))
        if _sqlstate(exc) in OUT_OF_RANGE or _out_of_range(exc):
            # A number beyond what a column or an offset holds (page 10^20, a quota of 2^63): the input again.
            return error_response(request, ValidationFailed("value_out_of_range"))
        if database_away(exc):
            log.warning("database unavailable during a request", extra={"error": repr(exc)[:500]})
            return error_response(request, ServiceUnavailable(), {"Retry-After": "5"})
        log.exception("unhandled error")
        err = AppError("internal_error")
        err.status_code = 500
        return error_response(request, err)
