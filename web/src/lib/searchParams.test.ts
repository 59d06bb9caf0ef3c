import { describe, expect, it } from "vitest";
import { withParam } from "./searchParams";

describe("withParam", () => {
  it("sets one parameter and keeps the others", () => {
    expect(withParam(new URLSearchParams("unit=STP&page=2"), "q", "nguyen van an").toString()).toBe(
      "unit=STP&page=2&q=nguyen+van+an",
    );
  });
  it("removes it when the value is empty, false or missing", () => {
    for (const empty of ["", null, undefined, false]) {
      expect(withParam(new URLSearchParams("q=an&unit=STP"), "q", empty).toString()).toBe("unit=STP");
    }
  });
  it("writes numbers and true as text", () => {
    expect(withParam(new URLSearchParams(), "from", 1980).get("from")).toBe("1980");
    expect(withParam(new URLSearchParams(), "party", true).get("party")).toBe("true");
  });
});
