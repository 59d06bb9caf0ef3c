import type { components } from "@/api/personnel";
import { fetchBlob } from "@/features/personnel/files";
import { api } from "@/lib/api";

// Annual evaluation rounds of services/personnel (evaluations/): rounds, each unit's list, progress.
const BASE = "/api/personnel";
type S = components["schemas"];

export type Round = S["EvaluationRoundPublic"];
export type Sheet = S["EvaluationSheetPublic"];
export type Entry = S["EvaluationEntryPublic"];
export type EntryInput = S["EvaluationEntryInput"];
export type Progress = S["EvaluationProgress"];
export type ProgressRow = S["EvaluationProgressRow"];
export type PersonEvaluations = S["PersonEvaluations"];

export const LEVELS = ["HTXSNV", "HTTNV", "HTNV", "HTNV_HCNL", "KHTNV", "KHONG_XEP_LOAI"] as const;
export const UNIT_LEVELS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;

const sheetPath = (roundId: string, unitId: string) =>
  `${BASE}/evaluation-rounds/${encodeURIComponent(roundId)}/units/${encodeURIComponent(unitId)}`;

export const evaluationsApi = {
  rounds: () => api<Round[]>(`${BASE}/evaluation-rounds`),
  openRound: (body: S["EvaluationRoundCreate"]) => api<Round>(`${BASE}/evaluation-rounds`, { method: "POST", body }),
  closeRound: (roundId: string) => api<Round>(`${BASE}/evaluation-rounds/${encodeURIComponent(roundId)}/close`, { method: "POST" }),
  progress: (roundId: string) => api<Progress>(`${BASE}/evaluation-rounds/${encodeURIComponent(roundId)}/progress`),
  exportProgress: (roundId: string) => fetchBlob(`${BASE}/evaluation-rounds/${encodeURIComponent(roundId)}/progress/export.xlsx`),
  sheet: (roundId: string, unitId: string) => api<Sheet>(sheetPath(roundId, unitId)),
  save: (roundId: string, unitId: string, body: S["EvaluationSheetSave"]) => api<Sheet>(sheetPath(roundId, unitId), { method: "PUT", body }),
  submit: (roundId: string, unitId: string) => api<Sheet>(`${sheetPath(roundId, unitId)}/submit`, { method: "POST" }),
  approve: (roundId: string, unitId: string, body: S["EvaluationApprove"]) =>
    api<Sheet>(`${sheetPath(roundId, unitId)}/approve`, { method: "POST", body }),
  reject: (roundId: string, unitId: string, reason: string) =>
    api<Sheet>(`${sheetPath(roundId, unitId)}/reject`, { method: "POST", body: { reason } }),
  exportSheet: (roundId: string, unitId: string) => fetchBlob(`${sheetPath(roundId, unitId)}/export.xlsx`),
  person: (personId: string) => api<PersonEvaluations>(`${BASE}/persons/${encodeURIComponent(personId)}/evaluations`),
};

/** R-40 thresholds, as the service's rules: ≥ 90, 70–<90, 50–<70, < 50. */
export function levelOfScore(score: number | null | undefined): string | null {
  if (score === null || score === undefined || Number.isNaN(score)) return null;
  if (score >= 90) return "HTXSNV";
  if (score >= 70) return "HTTNV";
  if (score >= 50) return "HTNV";
  return "KHTNV";
}

const RANK: Record<string, number> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, HTNV_HCNL: 1, KHTNV: 0 };

export function rankOf(level: string | null | undefined): number | null {
  return level && level in RANK ? RANK[level] : null;
}

export interface QuotaState {
  group: string;
  good: number;
  excellent: number;
  allowed: number;
  percent: number;
  exceeded: boolean;
}

/** R-41 as the officer types: excellent ≤ percent % of those rated good, per task group (staff group). */
export function quotasOf(lines: { staff_category?: string | null; rating?: string | null }[], percent: number): QuotaState[] {
  const groups = new Map<string, { good: number; excellent: number }>();
  for (const l of lines) {
    const g = l.staff_category === "public_employee" || l.staff_category === "contract_worker" ? "vc" : "cb_cc";
    const c = groups.get(g) ?? { good: 0, excellent: 0 };
    if (l.rating === "HTTNV") c.good += 1;
    if (l.rating === "HTXSNV") c.excellent += 1;
    groups.set(g, c);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, c]) => {
      const allowed = Math.floor((c.good * percent) / 100);
      return { group, ...c, allowed, percent, exceeded: c.excellent > allowed };
    });
}
