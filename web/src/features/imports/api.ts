import type { components } from "@/api/personnel";
import { fetchBlob } from "@/features/personnel/files";
import { api } from "@/lib/api";

// The Excel import of services/personnel (imports/): template, upload, preview, confirmation, progress.
const BASE = "/api/personnel/imports";
type S = components["schemas"];

export type ImportJob = S["ImportJobPublic"];
export type ImportItem = S["ImportItemPublic"];
export type CellError = S["CellErrorPublic"];
export type ImportMode = "draft" | "submitted";
export type ApproveImport = S["ApproveImport"];
export type ImportSkip = S["ImportSkipPublic"];
export const RUNNING_STATES = ["analysing", "applying", "approving"];

export const importsApi = {
  template: () => fetchBlob(`${BASE}/template.xlsx`),
  upload: (file: File) => {
    const body = new FormData();
    body.append("file", file);
    return api<ImportJob>(BASE, { method: "POST", body });
  },
  list: () => api<S["ImportJobsPublic"]>(BASE, { query: { limit: 10 } }),
  get: (id: string) => api<ImportJob>(`${BASE}/${encodeURIComponent(id)}`),
  errors: (id: string, page: number, size: number) =>
    api<S["ImportErrorsPublic"]>(`${BASE}/${encodeURIComponent(id)}/errors`, { query: { page, size } }),
  items: (id: string, page: number, size: number, action?: string) =>
    api<S["ImportItemsPublic"]>(`${BASE}/${encodeURIComponent(id)}/items`, { query: { page, size, action } }),
  confirm: (id: string, mode: ImportMode) =>
    api<ImportJob>(`${BASE}/${encodeURIComponent(id)}/confirm`, { method: "POST", body: { mode } }),
  approve: (id: string, body: ApproveImport) =>
    api<ImportJob>(`${BASE}/${encodeURIComponent(id)}/approve`, { method: "POST", body }),
  cancel: (id: string) => api<ImportJob>(`${BASE}/${encodeURIComponent(id)}/cancel`, { method: "POST" }),
};
