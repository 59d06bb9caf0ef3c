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

// Batch decisions (services/personnel batches/): one decision applied to many records.
export type Batch = S["BatchPublic"];
export type BatchDetail = S["BatchDetail"];
export type BatchItem = S["ItemPublic"];
export type BatchDiff = S["BatchDiff"];
export type PersonDiff = S["PersonDiff"];
export type SalaryProposal = S["SalaryProposal"];
export type EarlyRaiseList = S["EarlyRaiseList"];
export type EarlyCandidate = S["Candidate"];
export type BatchKind = "salary_raise" | "beyond_frame" | "early_raise" | "retirement";
export const BATCH_KINDS: BatchKind[] = ["salary_raise", "beyond_frame", "early_raise", "retirement"];
/** The batch kind a due list's selection becomes. */
export const BATCH_KIND_OF: Partial<Record<DueKind | "early_raise", BatchKind>> = {
  raise: "salary_raise", beyond_frame: "beyond_frame", retirement: "retirement", early_raise: "early_raise",
};
export interface DecisionFields {
  decision_number?: string | null;
  decision_signed_on?: string | null;
  signer?: string | null;
  issuer?: string | null;
}
export const batchListPath = `${BASE}/batches`;
const batchPath = (id: string) => `${BASE}/batches/${encodeURIComponent(id)}`;

export const batchApi = {
  proposals: (kind: BatchKind, personIds: string[]) =>
    kind === "retirement"
      ? api<S["SalaryProposals"]>(`${BASE}/batches/retirement-proposals`, { method: "POST", body: { person_ids: personIds } })
      : api<S["SalaryProposals"]>(`${BASE}/batches/salary-proposals`, { method: "POST", body: { kind, person_ids: personIds } }),
  create: (body: DecisionFields & { kind: BatchKind; title: string; note?: string | null; items: S["ItemCreate"][] }) =>
    api<BatchDetail>(batchListPath, { method: "POST", body }),
  get: (id: string) => api<BatchDetail>(batchPath(id)),
  diff: (id: string) => api<BatchDiff>(`${batchPath(id)}/diff`),
  update: (id: string, body: DecisionFields & { title: string; note?: string | null }) =>
    api<Batch>(batchPath(id), { method: "PUT", body }),
  scan: (id: string, form: FormData) => api<Batch>(`${batchPath(id)}/scan`, { method: "PUT", body: form }),
  scanBlob: (id: string) => fetchBlob(`${batchPath(id)}/scan`, {}),
  act: (id: string, action: "submit" | "approve" | "reject" | "withdraw" | "revise", body?: unknown) =>
    api<Batch>(`${batchPath(id)}/${action}`, { method: "POST", body }),
  earlyRaise: (year: number, unitId?: string) =>
    api<EarlyRaiseList>(`${BASE}/due-lists/early-raise`, { query: { year, unit_id: unitId } }),
};
