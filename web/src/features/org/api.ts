import type { components as IdentityComponents } from "@/api/identity";
import type { components } from "@/api/org";
import { api, apiOrNull } from "@/lib/api";
import type { Unit } from "@/lib/units";

// Shapes of services/org (units/schemas.py, staffing/schemas.py) and identity's accounts, generated from
// their OpenAPI documents (src/api/org.ts, src/api/identity.ts), and the calls.
type Schemas = components["schemas"];
type IdentitySchemas = IdentityComponents["schemas"];

export type PathEntry = Schemas["PathEntry"];
export type SearchHit = Schemas["SearchHit"];
export type Change = Schemas["ChangeOut"];
export type UnitDetail = Schemas["UnitDetail"];
export type Quota = Schemas["QuotaPublic"];
export type QuotaUpdate = Schemas["QuotaUpdate"];
export type JobPosition = Schemas["JobPositionPublic"];
export type JobPositionCreate = Schemas["JobPositionCreate"];
export type JobPlan = Schemas["PlanPublic"];
export type JobPlanCreate = Schemas["PlanCreate"];
export type Account = IdentitySchemas["AccountPublic"];

/** The legal act every structural change carries (the decision fields each change's body shares). */
export type Decision = Pick<Schemas["UnitMove"], "decision_number" | "decision_date" | "effective_on" | "signer">;

/** The codes of changes refused because another change came first since the editor read the data (409). */
export const QUOTA_STALE = "staffing_quota.stale";
export const UNIT_STALE = "unit.stale";

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
  /** The year's quota replaced, if it is still at body.row_version (the version read), else 409 QUOTA_STALE. */
  setQuota: (id: string, year: number, body: QuotaUpdate) =>
    api<Quota>(`/api/org/units/${enc(id)}/quotas/${year}`, { method: "PUT", body }),
  positions: (id: string) => api<JobPosition[]>(`/api/org/units/${enc(id)}/job-positions`),
  addPosition: (id: string, body: JobPositionCreate) =>
    api<JobPosition>(`/api/org/units/${enc(id)}/job-positions`, { method: "POST", body }),
  retirePosition: (id: string, code: string, validTo: string) =>
    api<JobPosition>(`/api/org/units/${enc(id)}/job-positions/${enc(code)}/retire`, { method: "POST", body: { valid_to: validTo } }),
  jobPlans: (id: string) => api<JobPlan[]>(`/api/org/units/${enc(id)}/job-position-plans`),
  currentJobPlan: (id: string) => apiOrNull<JobPlan>(`/api/org/units/${enc(id)}/job-position-plans/current`),
  proposeJobPlan: (id: string, body: JobPlanCreate) =>
    api<JobPlan>(`/api/org/units/${enc(id)}/job-position-plans`, { method: "POST", body }),
  decideJobPlan: (id: string, planId: string, approve: boolean, note: string | null) =>
    api<JobPlan>(`/api/org/units/${enc(id)}/job-position-plans/${enc(planId)}/${approve ? "approve" : "reject"}`, {
      method: "POST",
      body: { note },
    }),
  accounts: (unitId: string) =>
    api<IdentitySchemas["AccountsPublic"]>("/api/identity/accounts", { query: { unit_id: unitId, limit: 200 } }),

  create: (body: Schemas["UnitCreate"]) => api<Unit>("/api/org/units", { method: "POST", body }),
  /** Type, block, level, address or order, dated; body.row_version is the one the unit was read with (409 UNIT_STALE if it moved on). */
  update: (id: string, body: Schemas["UnitUpdate"]) =>
    api<Schemas["UnitEdited"]>(`/api/org/units/${enc(id)}`, { method: "PATCH", body }),
  rename: (id: string, body: Schemas["UnitRename"]) =>
    api<Unit>(`/api/org/units/${enc(id)}/rename`, { method: "POST", body }),
  move: (id: string, body: Schemas["UnitMove"]) => api<Unit>(`/api/org/units/${enc(id)}/move`, { method: "POST", body }),
  dissolve: (id: string, body: Schemas["UnitDissolve"]) =>
    api<Unit>(`/api/org/units/${enc(id)}/dissolve`, { method: "POST", body }),
  reorganize: (body: Schemas["ReorganizationCreate"]) =>
    api<Schemas["ReorganizationPublic"]>("/api/org/reorganizations", { method: "POST", body }),
};
