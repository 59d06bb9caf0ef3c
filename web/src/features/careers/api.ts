import type { components } from "@/api/personnel";
import { fetchBlob } from "@/features/personnel/files";
import { api, type Query } from "@/lib/api";

// The career clocks of services/personnel as these screens use them (careers/: calculator, due dates, due lists).
const BASE = "/api/personnel";
type S = components["schemas"];

export type DueKind = S["DueListPage"]["kind"];
export type DueListItem = S["DueListItem"];
export type DueDates = S["DueDates"];
export type RetirementAnswer = S["RetirementAnswer"];
export type NextRaiseAnswer = S["NextRaiseAnswer"];
export type ReappointmentAnswer = S["ReappointmentAnswer"];
export const DUE_KINDS: DueKind[] = ["raise", "beyond_frame", "retirement", "term"];

/** details is declared loosely by the service (one JSON object per kind); the fields these screens read. */
export interface DueDetails {
  rank_code?: string;
  step?: number;
  coefficient?: string | null;
  next_step?: number | null;
  next_coefficient?: string | null;
  held_since?: string;
  beyond_frame_percent?: number | null;
  extension_months?: number;
  position?: string | null;
  pension_from?: string;
  notice_due?: string;
  decision_due?: string;
  term_start?: string;
  warn_from?: string;
  procedure_start_by?: string;
}

export const dueListPath = `${BASE}/due-lists`;

export const careersApi = {
  dueDates: (personId: string) => api<DueDates>(`${BASE}/persons/${encodeURIComponent(personId)}/due-dates`),
  exportList: (query: Query) => fetchBlob(`${BASE}/due-lists/export.xlsx`, query),
  retirement: (body: S["RetirementQuery"]) => api<RetirementAnswer>(`${BASE}/rules/retirement`, { method: "POST", body }),
  nextRaise: (body: S["NextRaiseQuery"]) => api<NextRaiseAnswer>(`${BASE}/rules/next-raise`, { method: "POST", body }),
  reappointment: (body: S["ReappointmentQuery"]) =>
    api<ReappointmentAnswer>(`${BASE}/rules/reappointment`, { method: "POST", body }),
};
