import type { components, paths } from "@/api/personnel";
import { api, apiOrNull, type Page, type Query } from "@/lib/api";
import type {
  Approve, ChangeCreate, ChangeDiff, ChangeRequest, ChangeUpdate, DownloadLink, FieldEvent, PersonDocument, PersonRecord,
  Reject, StatusEvent, StatusEventCreate, VersionInfo,
} from "./types";

// The personnel service as these screens use it (services/personnel: persons, change-requests, documents).
const BASE = "/api/personnel";
const enc = encodeURIComponent;

export const personnelApi = {
  person: (id: string, asOf?: string | null) =>
    apiOrNull<PersonRecord>(`${BASE}/persons/${enc(id)}`, { query: { as_of: asOf ?? undefined } }),
  versions: (id: string) => api<VersionInfo[]>(`${BASE}/persons/${enc(id)}/versions`),
  fieldHistory: (id: string) => api<Record<string, FieldEvent[]>>(`${BASE}/persons/${enc(id)}/field-history`),
  statusEvents: (id: string) => api<StatusEvent[]>(`${BASE}/persons/${enc(id)}/status-events`),
  recordStatus: (id: string, body: StatusEventCreate) =>
    api<StatusEvent>(`${BASE}/persons/${enc(id)}/status-events`, { method: "POST", body }),

  changeRequests: (query: Query) => api<Page<ChangeRequest>>(`${BASE}/change-requests`, { query }),
  changeRequest: (id: string) => api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}`),
  createChange: (body: ChangeCreate) =>
    api<ChangeRequest>(`${BASE}/change-requests`, { method: "POST", body }),
  editChange: (id: string, body: ChangeUpdate) =>
    api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}`, { method: "PUT", body }),
  diff: (id: string) => api<ChangeDiff>(`${BASE}/change-requests/${enc(id)}/diff`),
  act: (id: string, action: "submit" | "approve" | "reject" | "withdraw" | "revise", body?: Approve | Reject) =>
    api<ChangeRequest>(`${BASE}/change-requests/${enc(id)}/${action}`, { method: "POST", body }),

  documents: (personId: string) => api<PersonDocument[]>(`${BASE}/persons/${enc(personId)}/documents`),
  addDocument: (personId: string, form: FormData) =>
    api<PersonDocument>(`${BASE}/persons/${enc(personId)}/documents`, { method: "POST", body: form }),
  replaceDocument: (personId: string, docId: string, form: FormData) =>
    api<PersonDocument>(`${BASE}/persons/${enc(personId)}/documents/${enc(docId)}/file`, { method: "PUT", body: form }),
  uploadPhoto: (personId: string, form: FormData) =>
    api<PhotoInfo>(`${BASE}/persons/${enc(personId)}/photo`, { method: "PUT", body: form }),
  downloadLink: (personId: string, docId: string, version?: number) =>
    api<DownloadLink>(
      `${BASE}/persons/${enc(personId)}/documents/${enc(docId)}/download-link`,
      { method: "POST", query: { version } },
    ),
};

/**
 * The address of a personnel endpoint, its path template checked at build time against the service's
 * OpenAPI document (src/api/personnel.ts, generated): an endpoint the service drops or renames fails
 * `npm run build` instead of a screen.   endpoint("/persons/{person_id}/print/2c.pdf", { person_id: id })
 */
export function endpoint<P extends keyof paths>(path: P, params: Record<string, string> = {}): string {
  return BASE + path.replace(/\{(\w+)\}/g, (_, name: string) => enc(params[name] ?? ""));
}

/** The person's current 3×4 photo (the image itself; 404 without one). */
export const photoPath = (personId: string) => endpoint("/persons/{person_id}/photo", { person_id: personId });
export type PhotoInfo = components["schemas"]["PhotoPublic"];

/** The printed forms of a record (PDF). */
export type PrintForm = "2c" | "unified";
export const printPath = (personId: string, form: PrintForm) =>
  endpoint(`/persons/{person_id}/print/${form}.pdf`, { person_id: personId });
export const exportPath = endpoint("/persons/export.xlsx");
