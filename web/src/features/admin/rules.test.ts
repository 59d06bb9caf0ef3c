import { describe, expect, it } from "vitest";
import { actionLabel, grantableRoles, mayManage, resourceLabel } from "./rules";

describe("grantableRoles", () => {
  it("gives a province administrator every role but system_admin", () => {
    expect(grantableRoles(["province_admin"])).toEqual(["province_admin", "unit_leader", "unit_officer", "viewer"]);
  });
  it("gives a system administrator every role", () => {
    expect(grantableRoles(["system_admin"])).toContain("system_admin");
  });
  it("gives a unit leader nothing", () => {
    expect(grantableRoles(["unit_leader", "unit_officer"])).toEqual([]);
  });
});

describe("mayManage", () => {
  it("refuses a province administrator acting on a system administrator", () => {
    expect(mayManage(["province_admin"], ["system_admin"])).toBe(false);
    expect(mayManage(["province_admin"], ["unit_officer"])).toBe(true);
    expect(mayManage(["system_admin"], ["system_admin"])).toBe(true);
  });
});

describe("labels", () => {
  it("names known actions and shows unknown codes as they are", () => {
    expect(actionLabel("account.lock", "vi")).toBe("Khoá tài khoản");
    expect(actionLabel("account.lock", "en")).toBe("Account locked");
    expect(actionLabel("something.new", "vi")).toBe("something.new");
  });
  it("names the system administrator's dead-letter replays", () => {
    expect(actionLabel("replay", "vi")).toBe("Phát lại sự kiện lỗi");
    expect(resourceLabel("dead_letter", "vi")).toBe("Sự kiện lỗi (dead-letter)");
  });
});
