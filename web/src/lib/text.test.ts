import { describe, expect, it } from "vitest";
import { fold, matches } from "./text";

describe("fold and matches", () => {
  it("drop Vietnamese diacritics, đ included", () => {
    expect(fold("Xã Ngọc Đường")).toBe("xa ngoc duong");
    expect(fold("NGUYỄN THỊ HỒNG")).toBe("nguyen thi hong");
  });

  it("find a name typed with or without diacritics, words in any order", () => {
    expect(matches("Xã Ngọc Đường", "ngoc duong")).toBe(true);
    expect(matches("Xã Ngọc Đường", "Đường xã")).toBe(true);
    expect(matches("Xã Phù Lưu", "ngoc")).toBe(false);
  });
});
