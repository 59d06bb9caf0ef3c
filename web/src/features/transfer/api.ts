import { fetchBlob } from "@/features/personnel/files";
import { api, type Page } from "@/lib/api";

// The transfer service as these screens use it (services/transfer: cases, obligations, calendar).

const BASE = "/api/transfer";
const enc = encodeURIComponent;

export type CaseKind = "internal_move" | "transfer" | "rotation" | "secondment" | "arrival" | "leaving" | "reorganization";
export type CaseState = "draft" | "sent" | "accepted" | "forwarded" | "done" | "rejected" | "cancelled";
export type Step = "send" | "accept" | "reject" | "forward" | "complete" | "cancel";

export interface CaseStep {
  step: string;
  state: CaseState;
  by_username: string;
  by_unit_id: string | null;
  at: string;
  note: string | null;
}

export interface Obligation {
  kind: string;
  unit_id: string;
  label: string;
  trigger_on: string;
  due_on: string;
  working_days: number;
  legal_basis: string;
  done_at: string | null;
  days_left: number | null;
  late: boolean;
}

export interface TransferCase {
  id: string;
  kind: CaseKind;
  state: CaseState;
  person_id: string | null;
  full_name: string;
  personal_id_number: string | null;
  from_unit_id: string | null;
  from_unit_name: string | null;
  to_unit_id: string | null;
  to_unit_name: string | null;
  to_sub_unit_id: string | null;
  outside_organisation: string | null;
  return_on: string | null;
  leaving_form: string | null;
  decision_number: string;
  decision_signed_on: string;
  effective_on: string;
  signer: string | null;
  decision_document_name: string | null;
  reject_reason: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
  row_version: number;
  next_due_on: string | null;
  next_days_left: number | null;
  overdue: boolean;
  steps_open: Step[];
  steps: CaseStep[];
  obligations: Obligation[];
  moves_applied: number;
  moves_total: number;
}

export interface CaseCreate {
  kind: CaseKind;
  person_id?: string;
  to_unit_id?: string;
  to_sub_unit_id?: string;
  return_on?: string;
  leaving_form?: string;
  outside_organisation?: string;
  full_name?: string;
  personal_id_number?: string;
  birth_date?: string;
  decision_number: string;
  decision_signed_on: string;
  effective_on: string;
  signer?: string;
  note?: string;
}

export interface DueItem {
  kind: string;
  label: string;
  label_en: string;
  unit_id: string;
  person_id: string | null;
  case_id: string | null;
  full_name: string;
  due_date: string;
  days_left: number;
  overdue: boolean;
}

/** A unit a case may be addressed to: any active unit of the province. */
export interface UnitChoice {
  unit_id: string;
  name: string;
  path_names: string[];
}

/** One unit's record of doing the regulation's obligations on time in a period (Art. 9, 16.5-16.6). */
export interface UnitTimeliness {
  rank: number;
  unit_id: string;
  unit_name: string | null;
  due: number;
  on_time: number;
  late: number;
  open_overdue: number;
  open_not_due: number;
  share_on_time: number | null;
  kinds: Record<string, number>;
}

export interface TimelinessReport {
  period_from: string;
  period_to: string;
  units: UnitTimeliness[];
  due: number;
  on_time: number;
  late: number;
  open_overdue: number;
  share_on_time: number | null;
}

export interface OverdueItem {
  obligation_id: string;
  kind: string;
  kind_name: string;
  unit_id: string;
  unit_name: string | null;
  label: string;
  person_id: string | null;
  case_id: string | null;
  trigger_on: string;
  due_on: string;
  working_days_overdue: number;
  legal_basis: string;
}

export interface Period {
  from?: string;
  to?: string;
  unit_id?: string;
}

export const transferApi = {
  timeliness: (p: Period) => api<TimelinessReport>(`${BASE}/timeliness`, { query: { ...p } }),
  overdue: (unitId?: string) => api<OverdueItem[]>(`${BASE}/timeliness/overdue`, { query: { unit_id: unitId } }),
  timelinessExport: (p: Period) => fetchBlob(`${BASE}/timeliness/export.xlsx`, { ...p }),
  casesPath: `${BASE}/cases`,
  units: (q: string) => api<UnitChoice[]>(`${BASE}/units`, { query: { q, limit: 30 } }),
  case: (id: string) => api<TransferCase>(`${BASE}/cases/${enc(id)}`),
  create: (body: CaseCreate) => api<TransferCase>(`${BASE}/cases`, { method: "POST", body }),
  step: (id: string, step: Step, body: { row_version?: number; reason?: string; note?: string; to_sub_unit_id?: string }) =>
    api<TransferCase>(`${BASE}/cases/${enc(id)}/${step}`, { method: "POST", body }),
  uploadDecision: (id: string, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return api<TransferCase>(`${BASE}/cases/${enc(id)}/decision-document`, { method: "PUT", body: form });
  },
  decisionPath: (id: string) => `${BASE}/cases/${enc(id)}/decision-document`,
  due: (unitId: string, size = 10) => api<Page<DueItem>>(`${BASE}/obligations/due`, { query: { unit_id: unitId, size } }),
};
