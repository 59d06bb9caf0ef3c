import { describe, expect, it } from "vitest";
import { daysLeftText, fieldsFor, kindLabel, stateLabel } from "./labels";

describe("transfer labels", () => {
  it("names every kind and state in Vietnamese first", () => {
    expect(kindLabel("secondment", "vi")).toBe("Biệt phái");
    expect(stateLabel("forwarded", "vi")).toBe("Đã chuyển đơn vị sử dụng");
    expect(stateLabel("done", "en")).toBe("Done");
    expect(kindLabel("unknown_kind", "vi")).toBe("unknown_kind");
  });

  it("says how many working days are left, or how late", () => {
    expect(daysLeftText(3, "vi")).toBe("còn 3 ngày làm việc");
    expect(daysLeftText(0, "vi")).toBe("hạn hôm nay");
    expect(daysLeftText(-2, "vi")).toBe("quá hạn 2 ngày làm việc");
    expect(daysLeftText(null, "vi")).toBe("");
  });

  it("asks each kind only for what it needs", () => {
    expect(fieldsFor("arrival")).toContain("personal_id_number");
    expect(fieldsFor("arrival")).not.toContain("person_id");
    expect(fieldsFor("secondment")).toContain("return_on");
    expect(fieldsFor("leaving")).toEqual(["person_id", "leaving_form", "outside_organisation"]);
  });
});
