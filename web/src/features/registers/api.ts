import type { components } from "@/api/personnel";
import { fetchBlob } from "@/features/personnel/files";
import { api, type Query } from "@/lib/api";

// The award, discipline and training registers of services/personnel (registers/, training/).
const BASE = "/api/personnel";
type S = components["schemas"];

export type Decision = S["DecisionPublic"];
export type DecisionCreate = S["DecisionCreate"];
export type DecisionKind = Decision["kind"];
export type Course = S["CoursePublic"];
export type CourseCreate = S["CourseCreate"];
export type PlanSummary = S["PlanSummary"];
export type PlanUnit = S["PlanUnit"];
export type PersonEffects = S["PersonEffects"];
export type PlannedKind = PlanSummary["kind"];

export const decisionsPath = `${BASE}/register-decisions`;
export const coursesPath = `${BASE}/training-courses`;

export const registersApi = {
  create: (body: DecisionCreate) => api<Decision>(decisionsPath, { method: "POST", body }),
  approve: (id: string) => api<Decision>(`${decisionsPath}/${encodeURIComponent(id)}/approve`, { method: "POST" }),
  reject: (id: string, reason: string) =>
    api<Decision>(`${decisionsPath}/${encodeURIComponent(id)}/reject`, { method: "POST", body: { reason } }),
  exportList: (query: Query) => fetchBlob(`${decisionsPath}/export.xlsx`, query),
  effects: (personId: string) => api<PersonEffects>(`${BASE}/persons/${encodeURIComponent(personId)}/register-effects`),
  createCourse: (body: CourseCreate) => api<Course>(coursesPath, { method: "POST", body }),
  course: (id: string) => api<Course>(`${coursesPath}/${encodeURIComponent(id)}`),
  addAttendees: (id: string, personIds: string[]) =>
    api<Course>(`${coursesPath}/${encodeURIComponent(id)}/attendees`, { method: "POST", body: { person_ids: personIds } }),
  submitCompletions: (id: string, body: S["CompletionSubmit"]) =>
    api<Course>(`${coursesPath}/${encodeURIComponent(id)}/completions`, { method: "POST", body }),
  approveCompletions: (id: string) =>
    api<Course>(`${coursesPath}/${encodeURIComponent(id)}/completions/approve`, { method: "POST" }),
  plan: (kind: PlannedKind, unitId?: string | null) =>
    api<PlanSummary>(`${BASE}/training-plans/summary`, { query: { kind, unit_id: unitId ?? undefined } }),
  exportPlan: (query: Query) => fetchBlob(`${BASE}/training-plans/summary.xlsx`, query),
  exportCourses: (query: Query) => fetchBlob(`${coursesPath}/export.xlsx`, query),
};
