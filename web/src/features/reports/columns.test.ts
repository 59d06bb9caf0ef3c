import { describe, expect, it } from "vitest";
import { headerTree } from "./columns";

const col = (number: number, header: string, groups: string[] = []) => ({
  key: `c${number}`, number, header, groups, counted: true, carried: true,
});

describe("headerTree", () => {
  it("merges consecutive columns under their shared groups, level by level", () => {
    const tree = headerTree([
      col(2, "Tổng số"),
      col(3, "Nữ", ["Trong đó"]),
      col(4, "Đảng viên", ["Trong đó"]),
      col(12, "Tiến sĩ", ["Trình độ đào tạo", "Chuyên môn"]),
      col(18, "Cử nhân", ["Trình độ đào tạo", "Chính trị"]),
      col(32, "Từ 30 trở xuống", ["Chia theo độ tuổi"]),
    ]);
    expect(tree.map((n) => n.title)).toEqual(["Tổng số", "Trong đó", "Trình độ đào tạo", "Chia theo độ tuổi"]);
    expect(tree[1].children!.map((n) => n.column?.number)).toEqual([3, 4]);
    expect(tree[2].children!.map((n) => n.title)).toEqual(["Chuyên môn", "Chính trị"]);
  });

  it("does not merge a group that comes back after another one", () => {
    const tree = headerTree([col(1, "A", ["G"]), col(2, "B", ["H"]), col(3, "C", ["G"])]);
    expect(tree.map((n) => n.title)).toEqual(["G", "H", "G"]);
  });
});
