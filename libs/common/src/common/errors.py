"""Business errors carry their HTTP status; one handler renders every error in one body:

{"error": "<code>", "message": "<Vietnamese>", "message_en": "<English>",
 "fields": [{"field": "personal_id_number", "message": "...", "message_en": "..."}]}
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    message_en: str


class AppError(Exception):
    status_code = 400
    code = "bad_request"
    message_vi = "Yêu cầu không hợp lệ."
    message_en = "The request is not valid."

    def __init__(
        self,
        message_vi: str | None = None,
        message_en: str | None = None,
        *,
        fields: list[FieldError] | None = None,
        code: str | None = None,
    ) -> None:
        self.message_vi = message_vi or self.message_vi
        self.message_en = message_en or message_vi or self.message_en
        self.fields = fields or []
        if code:
            self.code = code
        super().__init__(self.message_en)

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message_vi, self.message_en, self.fields)


class ValidationFailed(AppError):
    status_code = 422
    code = "validation_failed"
    message_vi = "Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu."
    message_en = "Some fields are not valid."


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"
    message_vi = "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại."
    message_en = "Not signed in, or the session has expired."


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    message_vi = "Tài khoản không có quyền thực hiện thao tác này."
    message_en = "This account may not do this."


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message_vi = "Không tìm thấy dữ liệu."
    message_en = "Not found."


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message_vi = "Dữ liệu đã bị thay đổi hoặc trùng lặp."
    message_en = "Conflicting or duplicate data."


class ServiceUnavailable(AppError):
    status_code = 503
    code = "unavailable"
    message_vi = "Hệ thống tạm thời chưa sẵn sàng, vui lòng thử lại sau ít phút."
    message_en = "Temporarily unavailable; try again in a few minutes."


def error_body(code: str, message_vi: str, message_en: str, fields: list[FieldError] | None = None) -> dict[str, Any]:
    return {"error": code, "message": message_vi, "message_en": message_en,
            "fields": [asdict(f) for f in fields or []]}


# Pydantic error types in Vietnamese, so that every form shows the same words for the same mistake.
_PYDANTIC_VI = {
    "missing": "Trường này là bắt buộc.",
    "string_too_short": "Giá trị quá ngắn.",
    "string_too_long": "Giá trị quá dài.",
    "string_pattern_mismatch": "Giá trị không đúng định dạng.",
    "int_parsing": "Phải là số nguyên.",
    "float_parsing": "Phải là số.",
    "date_parsing": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "date_from_datetime_parsing": "Ngày không hợp lệ (định dạng YYYY-MM-DD).",
    "datetime_parsing": "Thời điểm không hợp lệ.",
    "uuid_parsing": "Mã định danh không hợp lệ.",
    "bool_parsing": "Phải là đúng hoặc sai.",
    "enum": "Giá trị không nằm trong danh sách cho phép.",
    "literal_error": "Giá trị không nằm trong danh sách cho phép.",
    "greater_than_equal": "Giá trị quá nhỏ.",
    "less_than_equal": "Giá trị quá lớn.",
    "extra_forbidden": "Trường này không được phép.",
    "json_invalid": "Nội dung gửi lên không phải JSON hợp lệ.",
}


def field_errors_from_pydantic(errors: list[dict[str, Any]]) -> list[FieldError]:
    out = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        vi = _PYDANTIC_VI.get(err.get("type", ""), "Giá trị không hợp lệ.")
        ctx_msg = err.get("msg", "")
        if err.get("type") == "value_error" and ctx_msg.startswith("Value error, "):
            # Validators raise ValueError("vi|en") to give both languages.
            text = ctx_msg.removeprefix("Value error, ")
            vi, _, en = text.partition("|")
            ctx_msg = en or vi
        out.append(FieldError(".".join(loc) or "body", vi, ctx_msg))
    return out


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_: Request, exc: AppError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        err = ValidationFailed(fields=field_errors_from_pydantic(list(exc.errors())))
        return JSONResponse(err.body(), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            body = NotFound().body()
        elif exc.status_code == 405:
            body = error_body("method_not_allowed", "Thao tác không được hỗ trợ.", "Method not allowed.")
        else:
            body = error_body("http_error", "Yêu cầu không thực hiện được.", str(exc.detail))
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        body = error_body("internal_error", "Đã xảy ra lỗi hệ thống. Dữ liệu chưa được lưu; vui lòng thử lại.",
                          "Internal error; nothing was saved. Please try again.")
        return JSONResponse(body, status_code=500)
