import { describe, expect, it } from "vitest";
import { ApiError, fallbackBody, isErrorBody, splitFieldErrors } from "./errors";

const fields = [
  { field: "full_name", message: "Trường này là bắt buộc.", message_en: "Field required" },
  { field: "family.0.name", message: "Giá trị quá ngắn.", message_en: "Too short" },
  { field: "body", message: "Nội dung gửi lên không phải JSON hợp lệ.", message_en: "Invalid JSON" },
  { field: "server_only", message: "Không hợp lệ.", message_en: "Invalid" },
];

describe("splitFieldErrors", () => {
  it("puts errors of the form's fields next to them, in the interface's language", () => {
    const { formFields } = splitFieldErrors(fields, new Set(["full_name", "family"]), "vi");
    expect(formFields).toEqual([
      { name: ["full_name"], errors: ["Trường này là bắt buộc."] },
      { name: ["family", 0, "name"], errors: ["Giá trị quá ngắn."] },
    ]);
    expect(splitFieldErrors(fields, new Set(["full_name"]), "en").formFields[0].errors).toEqual(["Field required"]);
  });

  it("keeps the others for a notice, naming the field unless it is the whole body", () => {
    const { other } = splitFieldErrors(fields, new Set(["full_name", "family"]), "vi");
    expect(other).toEqual(["Nội dung gửi lên không phải JSON hợp lệ.", "server_only: Không hợp lệ."]);
  });
});

describe("ApiError", () => {
  it("speaks both languages of the body", () => {
    const err = new ApiError(409, { error: "conflict", message: "Trùng lặp.", message_en: "Duplicate.", fields: [] });
    expect(err.text("vi")).toBe("Trùng lặp.");
    expect(err.text("en")).toBe("Duplicate.");
    expect(err.isNotFound).toBe(false);
  });

  it("has a Vietnamese body for answers that carry none", () => {
    expect(fallbackBody(0).error).toBe("network_error");
    expect(fallbackBody(429).message).toMatch(/Quá nhiều yêu cầu/);
    expect(fallbackBody(502).message_en).toMatch(/unavailable/i);
  });

  it("recognises the services' error body", () => {
    expect(isErrorBody({ error: "x", message: "y", message_en: "z", fields: [] })).toBe(true);
    expect(isErrorBody({ detail: "Not Found" })).toBe(false);
    expect(isErrorBody("<html>")).toBe(false);
  });
});
