import { describe, expect, it } from "vitest";
import { translateIn } from "./featureMessages";

const dict = { greet: { vi: "Chào {name}", en: "Hello {name}" }, plain: { vi: "Cây tổ chức", en: "Tree" } };

describe("feature dictionaries", () => {
  it("picks the language and fills variables", () => {
    expect(translateIn(dict, "vi", "greet", { name: "Ngọc Đường" })).toBe("Chào Ngọc Đường");
    expect(translateIn(dict, "en", "plain")).toBe("Tree");
  });
  it("shows an unknown key as it is instead of failing", () => {
    expect(translateIn(dict, "vi", "missing" as keyof typeof dict)).toBe("missing");
  });
});
