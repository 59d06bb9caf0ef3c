import { api, apiOrNull } from "@/lib/api";
import type { Unit } from "@/lib/units";

// Shapes of services/org (units/schemas.py, staffing/schemas.py) and identity's accounts, and the calls.

export interface PathEntry {
  unit_id: string;
  name: string;
}

export interface SearchHit extends Unit {
  path: PathEntry[];
  path_names: string[];
}

export interface Change {
  id: string;
  kind: string;
  effective_on: string;
  decision_number: string;
  decision_date: string | null;
  signer: string | null;
  reorganization_id: string | null;
  detail: Record<string, unknown>;
}

export interface UnitDetail extends Unit {
  as_of: string;
  address: string | null;
  sort_order: number;
  established_on: string;
  dissolved_on: string | null;
  valid_from: string;
  valid_to: string | null;
  decision: { decision_number: string | null; decision_date: string | null; signer: string | null };
  path: PathEntry[];
  history: Change[];
}

export interface Quota {
  unit_id: string;
  year: number;
  staffing_quota: number | null;
  headcount_quota: number | null;
  contract_worker_quota: number | null;
  decision_number: string | null;
  decision_date: string | null;
  note: string | null;
  actual: { cadre: number; civil_servant: number; public_employee: number; contract_worker: number };
  job_position_count: number;
}

export type QuotaUpdate = Pick<
  Quota,
  "staffing_quota" | "headcount_quota" | "contract_worker_quota" | "decision_number" | "decision_date" | "note"
>;

export interface JobPosition {
  id: string;
  unit_id: string;
  code: string;
  name: string;
  category: string;
  rank_codes: string[];
  quantity: number;
  description: string | null;
  active: boolean;
}

export interface Account {
  account_id: string;
  username: string;
  unit_id: string;
  unit_name: string | null;
  roles: string[];
  status: "active" | "locked";
  full_name: string | null;
  last_sign_in_at: string | null;
}

/** The legal act every structural change carries (DecisionIn). */
export interface Decision {
  decision_number: string;
  decision_date?: string | null;
  effective_on?: string | null;
  signer?: string | null;
}

const enc = encodeURIComponent;
const asOfQuery = (asOf: string | null) => (asOf ? { as_of: asOf } : undefined);

export const orgApi = {
  roots: (asOf: string | null) => apiOrNull<Unit[]>("/api/org/units/roots", { query: asOfQuery(asOf) }).then((r) => r ?? []),
  children: (id: string, asOf: string | null) =>
    apiOrNull<Unit[]>(`/api/org/units/${enc(id)}/children`, { query: asOfQuery(asOf) }).then((r) => r ?? []),
  search: (q: string, signal?: AbortSignal) =>
    api<SearchHit[]>("/api/org/units/search", { query: { q, limit: 30 }, signal }),
  unit: (id: string, asOf: string | null) => api<UnitDetail>(`/api/org/units/${enc(id)}`, { query: asOfQuery(asOf) }),
  quota: (id: string, year: number) => api<Quota>(`/api/org/units/${enc(id)}/quotas/${year}`),
  setQuota: (id: string, year: number, body: QuotaUpdate) =>
    api<Quota>(`/api/org/units/${enc(id)}/quotas/${year}`, { method: "PUT", body }),
  positions: (id: string) => api<JobPosition[]>(`/api/org/units/${enc(id)}/job-positions`),
  addPosition: (id: string, body: Omit<JobPosition, "id" | "unit_id" | "active">) =>
    api<JobPosition>(`/api/org/units/${enc(id)}/job-positions`, { method: "POST", body }),
  accounts: (unitId: string) =>
    api<{ data: Account[]; count: number }>("/api/identity/accounts", { query: { unit_id: unitId, limit: 200 } }),

  create: (body: Decision & { unit_id: string; parent_id: string; name: string } & Record<string, unknown>) =>
    api<Unit>("/api/org/units", { method: "POST", body }),
  rename: (id: string, body: Decision & { name: string; short_name?: string | null }) =>
    api<Unit>(`/api/org/units/${enc(id)}/rename`, { method: "POST", body }),
  move: (id: string, body: Decision & { parent_id: string }) =>
    api<Unit>(`/api/org/units/${enc(id)}/move`, { method: "POST", body }),
  dissolve: (id: string, body: Decision & { note?: string | null }) =>
    api<Unit>(`/api/org/units/${enc(id)}/dissolve`, { method: "POST", body }),
  reorganize: (body: Decision & Record<string, unknown>) =>
    api<{ id: string; target_unit_ids: string[] }>("/api/org/reorganizations", { method: "POST", body }),
};
