import { useQueries } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { apiOrNull } from "@/lib/api";
import { catalogItemName, type CatalogItem } from "@/lib/catalogs";
import { useI18n } from "@/lib/i18n";
import { todayInVietnam } from "@/lib/format";

/** In force on `today` (YYYY-MM-DD): the item's validity dates, both ends included. */
function inForce(item: CatalogItem, today: string): boolean {
  return (!item.valid_from || item.valid_from <= today) && (!item.valid_to || item.valid_to >= today);
}

// The catalogs of the profile, read from org (personnel keeps a copy but does not serve it). Same query
// keys as lib/catalogs.ts, so the shell and these screens share one cache.

export interface CatalogIndex {
  /** code -> name in the interface's language; an unknown code shows as it is. */
  label: (catalog: string, code: unknown) => string;
  /**
   * Select options: the entries in force today, plus `keep` (a current value no longer in force); with
   * `history` (a row of a history table) also the retired ones, marked, since the row records what
   * applied then.
   */
  options: (catalog: string, keep?: unknown, opts?: { history?: boolean }) => { value: string; label: string }[];
}

export function useCatalogIndex(names: readonly string[]): CatalogIndex {
  const { lang } = useI18n();
  const results = useQueries({
    queries: names.map((name) => ({
      queryKey: ["catalog", "org", name],
      queryFn: () => apiOrNull<CatalogItem[]>(`/api/org/catalogs/${name}/items`),
      staleTime: 60 * 60_000,
    })),
  });
  const data = results.map((r) => r.data);
  const byName = useMemo(() => {
    const map = new Map<string, CatalogItem[]>();
    names.forEach((n, i) => map.set(n, data[i] ?? []));
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [names.join(","), ...data]);
  const name = useCallback(
    (item: CatalogItem) => catalogItemName(item, lang),
    [lang],
  );
  const label = useCallback(
    (catalog: string, code: unknown) => {
      if (code === null || code === undefined || code === "") return "";
      const item = byName.get(catalog)?.find((i) => i.code === String(code));
      return item ? name(item) : String(code);
    },
    [byName, name],
  );
  const retired = lang === "en" ? "no longer in force" : "hết hiệu lực";
  const options = useCallback(
    (catalog: string, keep?: unknown, opts?: { history?: boolean }) => {
      const today = todayInVietnam().format("YYYY-MM-DD");
      return (byName.get(catalog) ?? [])
        .filter((i) => i.active !== false || i.code === keep)
        .filter((i) => inForce(i, today) || i.code === keep || opts?.history)
        .map((i) => ({ value: i.code, label: inForce(i, today) ? name(i) : `${name(i)} (${retired})` }));
    },
    [byName, name, retired],
  );
  return useMemo(() => ({ label, options }), [label, options]);
}
