// What each dashboard chart draws, from the services' answers (pure: no React, no ECharts runtime).
// Every chart keeps the key behind each bar so a click opens the list of the people it counts.
import type { EChartsCoreOption } from "echarts/core";

export interface ChartSpec {
  option: EChartsCoreOption;
  keys: string[]; // the category behind each bar (a unit id, an age band, a value, a month)
}

export interface UnitCount {
  unit_id: string;
  name: string;
  count: number;
}

export interface Band {
  band: string;
  male: number;
  female: number;
}

export interface Mixed {
  key: string;
  count: number;
}

const label = { show: true, position: "top" as const, formatter: (p: { value: number }) => (p.value ? String(Math.abs(p.value)) : "") };
const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

/** Headcount against the quota the unit was given (org's staffing + public-employee posts), per unit. */
export function headcountVsQuota(units: UnitCount[], quotas: Record<string, number | null>, names: { headcount: string; quota: string }): ChartSpec {
  const shown = units.filter((u) => u.count > 0 || (quotas[u.unit_id] ?? 0) > 0).slice(0, 12);
  return {
    keys: shown.map((u) => u.unit_id),
    option: {
      grid,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      xAxis: { type: "category", data: shown.map((u) => short(u.name)), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
      yAxis: { type: "value" },
      series: [
        { name: names.headcount, type: "bar", data: shown.map((u) => u.count), label },
        { name: names.quota, type: "bar", data: shown.map((u) => quotas[u.unit_id] ?? null), label },
      ],
    },
  };
}

/** The age pyramid: men to the left (drawn as negative values, labelled as counts), women to the right. */
export function agePyramid(bands: Band[], names: { male: string; female: string }): ChartSpec {
  const side = (position: "left" | "right") => ({ show: true, position, formatter: (p: { value: number }) => (p.value ? String(Math.abs(p.value)) : "") });
  return {
    keys: bands.map((b) => b.band),
    option: {
      grid,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: number) => String(Math.abs(v)) },
      legend: { top: 0 },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => String(Math.abs(v)) } },
      yAxis: { type: "category", data: bands.map((b) => b.band), axisTick: { show: false } },
      series: [
        { name: names.male, type: "bar", stack: "age", data: bands.map((b) => -b.male), label: side("left") },
        { name: names.female, type: "bar", stack: "age", data: bands.map((b) => b.female), label: side("right") },
      ],
    },
  };
}

/** A mix: one bar per value (in the service's order), labelled in the interface's language. */
export function mix(items: Mixed[], labelOf: (key: string) => string, color?: string): ChartSpec {
  return {
    keys: items.map((i) => i.key),
    option: {
      grid,
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: items.map((i) => labelOf(i.key)), axisLabel: { interval: 0 } },
      yAxis: { type: "value" },
      series: [{ type: "bar", data: items.map((i) => i.count), label, itemStyle: color ? { color } : undefined }],
    },
  };
}

/** The next twelve months from `from` (YYYY-MM), this month first. */
export function nextMonths(from: string, n = 12): string[] {
  const [y, m] = from.split("-").map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });
}

/** Retirements and raises falling due in each of the coming months. */
export function dueByMonth(months: string[], retirements: number[], raises: number[], names: { retirement: string; raise: string }): ChartSpec {
  return {
    keys: months,
    option: {
      grid,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      xAxis: { type: "category", data: months.map((m) => `${m.slice(5)}/${m.slice(2, 4)}`), axisLabel: { interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: names.retirement, type: "bar", data: retirements, label },
        { name: names.raise, type: "bar", data: raises, label },
      ],
    },
  };
}

export interface Timely {
  rank: number;
  unit_id: string;
  unit_name: string | null;
  share_on_time: number | null;
  due: number;
  on_time: number;
  late: number;
  open_overdue: number;
}

/** Units ranked by the share of their obligations met on time (transfer's timeliness), best on top: each
 * bar splits what fell due into on time, late and still open past the deadline. */
export function timelinessRanking(units: Timely[], names: { onTime: string; late: string; open: string }): ChartSpec {
  const ranked = [...units].filter((u) => u.due > 0).sort((a, b) => a.rank - b.rank || b.due - a.due).slice(0, 10).reverse();
  const stack = (name: string, data: number[], color: string) => ({
    name, type: "bar", stack: "due", data, itemStyle: { color },
    label: { show: true, formatter: (p: { value: number }) => (p.value ? String(p.value) : "") },
  });
  return {
    keys: ranked.map((u) => u.unit_id),
    option: {
      grid,
      legend: { top: 0 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: ranked.map((u) => `${u.rank}. ${short(u.unit_name ?? u.unit_id)} (${Math.round((u.share_on_time ?? 0) * 100)}%)`) },
      series: [
        stack(names.onTime, ranked.map((u) => u.on_time), "#52c41a"),
        stack(names.late, ranked.map((u) => u.late), "#ff4d4f"),
        stack(names.open, ranked.map((u) => u.open_overdue), "#faad14"),
      ],
    },
  };
}

/** A unit's name short enough for an axis. */
export function short(name: string, max = 22): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** The age range of a pyramid band, as the ad-hoc list's filters ("26-30" -> 26..30; "<=25"; ">60"). */
export function bandRange(band: string): { age_min?: number; age_max?: number } {
  if (band.startsWith("<=")) return { age_max: Number(band.slice(2)) };
  if (band.startsWith(">")) return { age_min: Number(band.slice(1)) + 1 };
  const [lo, hi] = band.split("-").map(Number);
  return { age_min: lo, age_max: hi };
}
