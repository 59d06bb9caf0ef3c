import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { apiOrNull } from "./api";
import { useI18n } from "./i18n";

/** An entry of a reference list (GET /api/<service>/catalogs/<catalog>/items). */
export interface CatalogItem {
  code: string;
  name: string;
  active?: boolean;
  attributes?: { name_en?: string } & Record<string, unknown>;
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
      if (!item) return code;
      return lang === "en" && item.attributes?.name_en ? item.attributes.name_en : item.name;
    },
    [items.data, lang],
  );
}
