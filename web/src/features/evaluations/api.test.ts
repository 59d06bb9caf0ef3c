import { describe, expect, it } from "vitest";
import { levelOfScore, quotasOf } from "./api";

describe("evaluation rules as the officer types", () => {
  it("gives the level of a score at 90, 70 and 50", () => {
    expect([95, 90, 89.5, 70, 69, 50, 49.9, null].map((s) => levelOfScore(s))).toEqual([
      "HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTNV", "HTNV", "KHTNV", null,
    ]);
  });

  it("allows excellent up to 20 % of those rated good, never rounded up, per staff group", () => {
    const good = (n: number, staff_category = "civil_servant") => Array.from({ length: n }, () => ({ staff_category, rating: "HTTNV" }));
    const q = quotasOf([...good(9), { staff_category: "civil_servant", rating: "HTXSNV" }, ...good(5, "public_employee")], 20);
    expect(q).toEqual([
      { group: "cb_cc", good: 9, excellent: 1, allowed: 1, percent: 20, exceeded: false },
      { group: "vc", good: 5, excellent: 0, allowed: 1, percent: 20, exceeded: false },
    ]);
    expect(quotasOf([...good(4), { rating: "HTXSNV" }], 20)[0].exceeded).toBe(true);
    expect(quotasOf([...good(4), { rating: "HTXSNV" }], 25)[0].exceeded).toBe(false);
  });
});
