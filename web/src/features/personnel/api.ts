import { api, apiOrNull, type Page, type Query } from "@/lib/api";
import type { ChangeDiff, ChangeRequest, FieldEvent, PersonDocument, PersonRecord, Profile, StatusEvent, VersionInfo } from "./types";

// The personnel service as these screens use it (services/personnel: persons, change-requests, documents).
const BASE = "/api/personnel";
const enc = encodeURIComponent;

export const personnelApi = {
  person: (id: string, asOf?: string | null) =>
    apiOrNull<PersonRecord>(`${BASE}/persons/${enc(id)}`, { query: { as_of: asOf ?? undefined } }),
  versions: (id: string) => api<VersionInfo[]>(`${BASE}/persons/${enc(id)}/versions`),
  fieldHistory: (id: string) => api<Record<string, FieldEvent[]>>(`${BASE}/persons/${enc(id)}/field-history`),
  statusEvents: (id: string) => api<StatusEvent[]>(`${BASE}/persons/${enc(id)}/status-events`),
  recordStatus: (id: string, body: Record<string, unknown>) =>
    api<StatusEvent>(`${BASE}/persons/${enc(id)}/status-events`, { method: "POST", body }),

  changeRequests: (query: Query) => api<Page<ChangeRequest>>(`${BASE}/change-requests`, { query }),
  changeRequest: (id: string) => api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}`),
  createChange: (body: { person_id?: string; unit_id?: string; profile: Profile; note?: string | null }) =>
    api<ChangeRequest>(`${BASE}/change-requests`, { method: "POST", body }),
  editChange: (id: string, body: { revision: number; profile: Profile; note?: string | null }) =>
    api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}`, { method: "PUT", body }),
  diff: (id: string) => api<ChangeDiff>(`${BASE}/change-requests/${enc(id)}/diff`),
  act: (id: string, action: "submit" | "approve" | "reject" | "withdraw" | "revise", body?: unknown) =>
    api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}/${action}`, { method: "POST", body }),

  documents: (personId: string) => api<PersonDocument[]>(`${BASE}/persons/${enc(personId)}/documents`),
  addDocument: (personId: string, form: FormData) =>
    api<PersonDocument>(`${BASE}/persons/${enc(personId)}/documents`, { method: "POST", body: form }),
  replaceDocument: (personId: string, docId: string, form: FormData) =>
    api<PersonDocument>(`${BASE}/persons/${enc(personId)}/documents/${enc(docId)}/file`, { method: "PUT", body: form }),
  downloadLink: (personId: string, docId: string, version?: number) =>
    api<{ url: string; expires_at: string; version: number }>(
      `${BASE}/persons/${enc(personId)}/documents/${enc(docId)}/download-link`,
      { method: "POST", query: { version } },
    ),
};

/** The path of a personnel endpoint if the running service offers it (read from its OpenAPI once). */
let openapiPaths: Promise<Set<string>> | null = null;
export function personnelOffers(path: string): Promise<boolean> {
  openapiPaths ??= fetch(`${BASE}/openapi.json`)
    .then((r) => (r.ok ? r.json() : { paths: {} }))
    .then((doc: { paths?: Record<string, unknown> }) => new Set(Object.keys(doc.paths ?? {})))
    .catch(() => new Set<string>());
  return openapiPaths.then((paths) => paths.has(path));
}
