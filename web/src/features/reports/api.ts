import type { components } from "@/api/reporting";
import { fetchBlob } from "@/features/personnel/files";
import { api } from "@/lib/api";

// services/reporting as the Reports screen uses it (reports/schemas.py), its shapes generated into src/api/reporting.ts.

const BASE = "/api/reporting";
const enc = encodeURIComponent;

type Schemas = components["schemas"];

export type FormSummary = Schemas["FormSummary"];
export type ReportColumn = Schemas["ReportColumn"];
export type CountedPerson = Schemas["CountedPerson"];
export type CellPeople = Schemas["CellPeople"];
/** A cell: a count, a text, a date (YYYY-MM-DD) or a sum; null where the form leaves it blank. */
export type CellValue = number | string | boolean | null;
export type ReportRow = Omit<Schemas["ReportRow"], "cells"> & { cells: Record<string, CellValue> };
export type Report = Omit<Schemas["ReportPublic"], "rows" | "total"> & { rows: ReportRow[]; total: ReportRow };

export type FileFormat = "xlsx" | "pdf" | "csv";

export interface ReportQuery {
  unit_id?: string;
  as_of?: string;
}

export const reportsApi = {
  forms: () => api<FormSummary[]>(`${BASE}/reports`),
  report: (formId: string, q: ReportQuery) => api<Report>(`${BASE}/reports/${enc(formId)}`, { query: { ...q } }),
  people: (formId: string, q: ReportQuery & { row: string; column: string }) =>
    api<CellPeople>(`${BASE}/reports/${enc(formId)}/people`, { query: { ...q } }),
  file: (formId: string, q: ReportQuery, format: FileFormat) =>
    fetchBlob(`${BASE}/reports/${enc(formId)}`, { ...q, format }),
};
