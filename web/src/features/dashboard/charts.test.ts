import { describe, expect, it } from "vitest";
import { agePyramid, bandRange, dueByMonth, headcountVsQuota, nextMonths, timelinessRanking } from "./charts";

describe("dashboard charts", () => {
  it("draws men to the left of the pyramid and keeps each band's key", () => {
    const spec = agePyramid([{ band: "26-30", male: 3, female: 5 }, { band: ">60", male: 1, female: 0 }], { male: "Nam", female: "Nữ" });
    const series = (spec.option as { series: { data: number[] }[] }).series;
    expect(series[0].data).toEqual([-3, -1]);
    expect(series[1].data).toEqual([5, 0]);
    expect(spec.keys).toEqual(["26-30", ">60"]);
  });

  it("turns a band into the list's age filters", () => {
    expect(bandRange("26-30")).toEqual({ age_min: 26, age_max: 30 });
    expect(bandRange("<=25")).toEqual({ age_max: 25 });
    expect(bandRange(">60")).toEqual({ age_min: 61 });
  });

  it("counts the twelve coming months across a year's end", () => {
    const months = nextMonths("2026-11");
    expect(months[0]).toBe("2026-11");
    expect(months[2]).toBe("2027-01");
    expect(months).toHaveLength(12);
    const spec = dueByMonth(months, Array(12).fill(0), Array(12).fill(1), { retirement: "r", raise: "n" });
    expect((spec.option as { xAxis: { data: string[] } }).xAxis.data[2]).toBe("01/27");
  });

  it("leaves out units with neither people nor a quota, and shows a missing quota as no bar", () => {
    const spec = headcountVsQuota(
      [{ unit_id: "A", name: "A", count: 4 }, { unit_id: "B", name: "B", count: 0 }, { unit_id: "C", name: "C", count: 2 }],
      { A: 5 },
      { headcount: "h", quota: "q" },
    );
    expect(spec.keys).toEqual(["A", "C"]);
    expect((spec.option as { series: { data: (number | null)[] }[] }).series[1].data).toEqual([5, null]);
  });

  it("ranks units best first from the top of the chart, leaving out units with nothing due", () => {
    const spec = timelinessRanking([
      { rank: 2, unit_id: "B", unit_name: "B", share_on_time: 0.5, due: 2, on_time: 1, late: 1, open_overdue: 0 },
      { rank: 1, unit_id: "A", unit_name: "A", share_on_time: 1, due: 1, on_time: 1, late: 0, open_overdue: 0 },
      { rank: 3, unit_id: "C", unit_name: "C", share_on_time: null, due: 0, on_time: 0, late: 0, open_overdue: 0 },
    ], { onTime: "o", late: "l", open: "x" });
    expect(spec.keys).toEqual(["B", "A"]); // drawn bottom-up: the best ends on top
    const option = spec.option as { series: { data: number[] }[]; yAxis: { data: string[] } };
    expect(option.series.map((s) => s.data)).toEqual([[1, 1], [1, 0], [0, 0]]);
    expect(option.yAxis.data).toEqual(["2. B (50%)", "1. A (100%)"]);
  });
});
