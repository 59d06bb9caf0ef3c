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

// Ad-hoc lists (reporting/lists): the fields, a preview, the definitions saved for a unit, their rows and workbook.
export type ListFields = Schemas["ListFields"];
export type ListDefinition = Schemas["ListDefinition"];
export type ListRows = Schemas["ListRows"];
export type ListFilters = Record<string, unknown>;
export interface ListQuery {
  unit_id?: string;
  columns: string[];
  filters: ListFilters;
}

export const listsApi = {
  fields: () => api<ListFields>(`${BASE}/lists/fields`),
  preview: (q: ListQuery) => api<ListRows>(`${BASE}/lists/preview`, { method: "POST", body: q }),
  saved: (unitId: string) => api<ListDefinition[]>(`${BASE}/lists`, { query: { unit_id: unitId } }),
  create: (q: ListQuery & { name: string }) => api<ListDefinition>(`${BASE}/lists`, { method: "POST", body: q }),
  update: (id: string, q: ListQuery & { name: string }) => api<ListDefinition>(`${BASE}/lists/${enc(id)}`, { method: "PUT", body: q }),
  remove: (id: string) => api<void>(`${BASE}/lists/${enc(id)}`, { method: "DELETE" }),
  xlsx: (id: string) => fetchBlob(`${BASE}/lists/${enc(id)}/rows`, { format: "xlsx" }),
};

export interface DashboardData {
  unit_id: string;
  unit_name: string;
  as_of: string;
  total: number;
  units: { unit_id: string; name: string; count: number }[];
  age_pyramid: { band: string; male: number; female: number }[];
  qualification: { key: string; count: number }[];
  grade_group: { key: string; count: number }[];
  staff_category: { key: string; count: number }[];
}

export const dashboardApi = {
  get: (unitId: string) => api<DashboardData>(`${BASE}/dashboard`, { query: { unit_id: unitId } }),
};
