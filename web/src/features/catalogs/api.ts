import type { components } from "@/api/org";
import { api } from "@/lib/api";
import { accessToken } from "@/lib/auth";
import { ApiError, fallbackBody, isErrorBody } from "@/lib/errors";

// services/org catalogs API (catalogs/schemas.py), its shapes generated into src/api/org.ts.
type Schemas = components["schemas"];

export type Catalog = Schemas["CatalogPublic"];
export type Item = Schemas["CatalogItemPublic"];
export type ItemCreate = Schemas["CatalogItemCreate"];
export type ItemUpdate = Schemas["CatalogItemUpdate"];

const base = (catalog: string) => `/api/org/catalogs/${encodeURIComponent(catalog)}`;

export const catalogApi = {
  list: () => api<Catalog[]>("/api/org/catalogs"),
  items: (catalog: string) => api<Item[]>(`${base(catalog)}/items`, { query: { include_inactive: true } }),
  create: (catalog: string, body: ItemCreate) => api<Item>(`${base(catalog)}/items`, { method: "POST", body }),
  update: (catalog: string, code: string, body: ItemUpdate) =>
    api<Item>(`${base(catalog)}/items/${encodeURIComponent(code)}`, { method: "PATCH", body }),
  remove: (catalog: string, code: string) => api<void>(`${base(catalog)}/items/${encodeURIComponent(code)}`, { method: "DELETE" }),
  import: (catalog: string, file: File) => {
    const body = new FormData();
    body.append("file", file);
    return api<Schemas["ImportResult"]>(`${base(catalog)}/import`, { method: "POST", body });
  },
};

/** Downloads the catalog as .xlsx: fetched with the bearer token (a plain link would carry none). */
export async function downloadXlsx(catalog: string): Promise<void> {
  const token = await accessToken();
  const resp = await fetch(`${base(catalog)}/export.xlsx`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!resp.ok) {
    let parsed: unknown = null;
    try {
      parsed = await resp.json();
    } catch {
      /* not JSON */
    }
    throw new ApiError(resp.status, isErrorBody(parsed) ? { ...parsed, fields: parsed.fields ?? [] } : fallbackBody(resp.status));
  }
  const url = URL.createObjectURL(await resp.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = `${catalog}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
