import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { fieldErrorsOf } from "./serverErrors";

describe("fieldErrorsOf", () => {
  it("puts a role beyond the granter's scope next to the roles", () => {
    // identity answers this refusal without a field list (services/identity/.../accounts/rules.py)
    const err = new ApiError(403, {
      error: "role_beyond_scope",
      message: "Không được cấp vai trò vượt quyền của mình: system_admin.",
      fields: [],
    });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual([
      { field: "roles", code: "role_beyond_scope", message: "Không được cấp vai trò vượt quyền của mình: system_admin." },
    ]);
  });
  it("keeps the server's own fields (a weak password)", () => {
    const fields = [{ field: "password", code: "password.special", message: "Mật khẩu phải có ít nhất 1 ký tự đặc biệt." }];
    const err = new ApiError(422, { error: "weak_password", message: "Mật khẩu chưa đạt yêu cầu.", fields });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual(fields);
  });
  it("leaves other errors for the notice", () => {
    const err = new ApiError(500, { error: "http_error", message: "Lỗi", fields: [] });
    expect(fieldErrorsOf(err, { role_beyond_scope: "roles" })).toEqual([]);
  });
});
