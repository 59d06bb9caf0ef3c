import { describe, expect, it } from "vitest";
import { filtersFromParam, toFilters, valueKey } from "./listFilters";

describe("ad-hoc list filters", () => {
  it("sends only the filters that say something", () => {
    expect(toFilters({ sex: [], staff_category: ["civil_servant"], age_min: null, age_max: 40, name_contains: "  " }))
      .toEqual({ staff_category: ["civil_servant"], age_max: 40 });
    expect(toFilters({ name_contains: " Lan " })).toEqual({ name_contains: "Lan" });
  });

  it("reads the dashboard's filters from the address and ignores anything else", () => {
    expect(filtersFromParam('{"sex":["female"],"age_min":26}')).toEqual({ sex: ["female"], age_min: 26 });
    expect(filtersFromParam("not json")).toEqual({});
    expect(filtersFromParam("[1]")).toEqual({});
    expect(filtersFromParam(null)).toEqual({});
  });

  it("names known values and leaves unknown ones as they are", () => {
    expect(valueKey("female")).toBe("v.female");
    expect(valueKey(true)).toBe("v.true");
    expect(valueKey("zz")).toBeNull();
  });
});
