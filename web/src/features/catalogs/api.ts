import type { components } from "@/api/org";
import { api, apiBlob } from "@/lib/api";

// services/org catalogs API (catalogs/schemas.py), its shapes generated into src/api/org.ts.
type Schemas = components["schemas"];

export type Catalog = Schemas["CatalogPublic"];
export type Item = Schemas["CatalogItemPublic"];
export type ItemCreate = Schemas["CatalogItemCreate"];
export type ItemUpdate = Schemas["CatalogItemUpdate"];

/** The code of a change refused because another one came first since the item was read (409). */
export const ITEM_STALE = "catalog.item_stale";

const base = (catalog: string) => `/api/org/catalogs/${encodeURIComponent(catalog)}`;

export const catalogApi = {
  list: () => api<Catalog[]>("/api/org/catalogs"),
  items: (catalog: string) => api<Item[]>(`${base(catalog)}/items`, { query: { include_inactive: true } }),
  create: (catalog: string, body: ItemCreate) => api<Item>(`${base(catalog)}/items`, { method: "POST", body }),
  /** The item changed, if it is still at body.row_version (the version read), else 409 ITEM_STALE. */
  update: (catalog: string, code: string, body: ItemUpdate) =>
    api<Item>(`${base(catalog)}/items/${encodeURIComponent(code)}`, { method: "PATCH", body }),
  retire: (catalog: string, code: string, validTo: string | null) =>
    api<Item>(`${base(catalog)}/items/${encodeURIComponent(code)}/retire`, { method: "POST", body: { valid_to: validTo } }),
  remove: (catalog: string, code: string) => api<void>(`${base(catalog)}/items/${encodeURIComponent(code)}`, { method: "DELETE" }),
  import: (catalog: string, file: File) => {
    const body = new FormData();
    body.append("file", file);
    return api<Schemas["ImportResult"]>(`${base(catalog)}/import`, { method: "POST", body });
  },
};

/** Downloads the catalog as .xlsx (through the API client: a plain link would carry no bearer token). */
export async function downloadXlsx(catalog: string): Promise<void> {
  const url = URL.createObjectURL(await apiBlob(`${base(catalog)}/export.xlsx`));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${catalog}.xlsx`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
