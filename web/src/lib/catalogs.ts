import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { components } from "@/api/org";
import { apiOrNull } from "./api";
import { useI18n, type Lang } from "./i18n";

/** An entry of a reference list (GET /api/<service>/catalogs/<catalog>/items: org's shape), as far as labels need it. */
export type CatalogItem = Pick<
  components["schemas"]["CatalogItemPublic"],
  "code" | "name" | "active" | "attributes" | "valid_from" | "valid_to"
>;

/** The entry's name in the interface's language: its English name is the attribute `name_en`, if any. */
export function catalogItemName(item: CatalogItem, lang: Lang): string {
  const en = item.attributes?.name_en;
  return lang === "en" && typeof en === "string" && en ? en : item.name;
}

/**
 * code -> label of a catalog, in the interface's language; an unknown code shows as it is.
 *   const unitType = useCatalogLabel("org", "unit_types"); unitType(u.unit_type)
 */
export function useCatalogLabel(service: string, catalog: string): (code: string | null | undefined) => string {
  const { lang } = useI18n();
  const items = useQuery({
    queryKey: ["catalog", service, catalog],
    queryFn: () => apiOrNull<CatalogItem[]>(`/api/${service}/catalogs/${catalog}/items`),
    staleTime: 60 * 60_000,
  });
  return useCallback(
    (code) => {
      if (!code) return "";
      const item = items.data?.find((i) => i.code === code);
      return item ? catalogItemName(item, lang) : code;
    },
    [items.data, lang],
  );
}
