import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { fieldErrorsOf } from "./serverErrors";

describe("fieldErrorsOf", () => {
  it("puts a role beyond the granter's scope next to the roles", () => {
    // identity answers this refusal without a field list (services/identity/.../accounts/rules.py)
    const err = new ApiError(403, {
      error: "role_beyond_scope",
      message: "Không được cấp vai trò vượt quyền của mình: system_admin.",
      message_en: "Cannot grant a role beyond your own: system_admin.",
      fields: [],
    });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual([
      { field: "roles", message: "Không được cấp vai trò vượt quyền của mình: system_admin.", message_en: "Cannot grant a role beyond your own: system_admin." },
    ]);
  });
  it("keeps the server's own fields (a weak password)", () => {
    const fields = [{ field: "password", message: "Mật khẩu phải có ít nhất 1 ký tự đặc biệt.", message_en: "Needs a special character." }];
    const err = new ApiError(422, { error: "weak_password", message: "Mật khẩu chưa đạt yêu cầu.", message_en: "Weak.", fields });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual(fields);
  });
  it("leaves other errors for the notice", () => {
    const err = new ApiError(500, { error: "http_error", message: "Lỗi", message_en: "Error", fields: [] });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual([]);
  });
});
