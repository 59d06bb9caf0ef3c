import { afterEach, describe, expect, it } from "vitest";
import { ApiError, errorOf, fallbackBody, isErrorBody, splitFieldErrors } from "./errors";

// As a service answers in Vietnamese (Accept-Language: vi): one message per field, with its code.
const fields = [
  { field: "full_name", code: "input.missing", message: "Trường này là bắt buộc." },
  { field: "family.0.name", code: "input.string_too_short", message: "Giá trị quá ngắn." },
  { field: "body", code: "input.json_invalid", message: "Nội dung gửi lên không phải JSON hợp lệ." },
  { field: "server_only", code: "input.invalid", message: "Không hợp lệ." },
];

afterEach(() => localStorage.clear());

describe("splitFieldErrors", () => {
  it("puts errors of the form's fields next to them, as the service wrote them", () => {
    const { formFields } = splitFieldErrors(fields, new Set(["full_name", "family"]));
    expect(formFields).toEqual([
      { name: ["full_name"], errors: ["Trường này là bắt buộc."] },
      { name: ["family", 0, "name"], errors: ["Giá trị quá ngắn."] },
    ]);
  });

  it("keeps the others for a notice, naming the field unless it is the whole body", () => {
    const { other } = splitFieldErrors(fields, new Set(["full_name", "family"]));
    expect(other).toEqual(["Nội dung gửi lên không phải JSON hợp lệ.", "server_only: Không hợp lệ."]);
  });
});

describe("ApiError", () => {
  it("carries the service's message, in the language the request asked for", () => {
    const err = new ApiError(409, { error: "conflict", message: "Duplicate.", fields: [] });
    expect(err.text("en")).toBe("Duplicate.");
    expect(err.text("vi")).toBe("Duplicate."); // one language only: the one asked for
    expect(err.message).toBe("Duplicate.");
    expect(err.code).toBe("conflict");
    expect(err.isNotFound).toBe(false);
  });

  it("keeps both languages for errors the client makes itself", () => {
    const err = ApiError.fallback(0);
    expect(err.code).toBe("network_error");
    expect(err.text("vi")).toMatch(/Không kết nối được máy chủ/);
    expect(err.text("en")).toMatch(/Cannot reach the server/);
  });

  it("keeps texts and status when its field list is replaced", () => {
    const err = ApiError.fallback(429).withFields([{ field: "x", message: "y" }]);
    expect(err.status).toBe(429);
    expect(err.fields).toEqual([{ field: "x", message: "y" }]);
    expect(err.text("en")).toMatch(/Too many requests/);
    const server = new ApiError(422, { error: "validation_failed", message: "Dữ liệu nhập chưa hợp lệ", fields }).withFields([]);
    expect([server.code, server.text("vi"), server.fields]).toEqual(["validation_failed", "Dữ liệu nhập chưa hợp lệ", []]);
  });
});

describe("fallbackBody", () => {
  it("has a body in either language for answers that carry none", () => {
    expect(fallbackBody(0, "vi").error).toBe("network_error");
    expect(fallbackBody(429, "vi").message).toMatch(/Quá nhiều yêu cầu/);
    expect(fallbackBody(502, "en").message).toMatch(/unavailable/i);
    expect(fallbackBody(404, "en")).toEqual({ error: "not_found", message: "Not found.", fields: [] });
  });

  it("follows the interface's language when none is given", () => {
    expect(fallbackBody(413).message).toBe("Dữ liệu gửi lên quá lớn.");
  });
});

describe("the services' error body", () => {
  it("is recognised", () => {
    expect(isErrorBody({ error: "x", message: "y", fields: [] })).toBe(true);
    expect(isErrorBody({ detail: "Not Found" })).toBe(false);
    expect(isErrorBody("<html>")).toBe(false);
  });

  it("becomes an ApiError as it came; anything else, one made for the status", async () => {
    const body = { error: "unit.cycle", message: "A unit cannot be moved under itself.", fields: [
      { field: "parent_id", code: "unit.cycle", message: "A unit cannot be moved under itself." }] };
    const err = await errorOf(new Response(JSON.stringify(body), { status: 422, headers: { "Content-Type": "application/json" } }));
    expect([err.status, err.code, err.text("en"), err.fields]).toEqual([422, "unit.cycle", body.message, body.fields]);

    const page = await errorOf(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect([page.status, page.code]).toEqual([502, "http_error"]);
    expect(page.text("en")).toMatch(/Temporarily unavailable/);
  });
});
