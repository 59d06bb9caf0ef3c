import { useQueries } from "@tanstack/react-query";
import { apiOrNull } from "@/lib/api";
import type { Unit } from "@/lib/units";

/** unit_id -> name for the few units a page shows (same cache keys as the person page). */
export function useUnitNames(ids: string[]): (id: string) => string {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ["unit", id],
      queryFn: () => apiOrNull<Unit>(`/api/org/units/${encodeURIComponent(id)}`),
      staleTime: 10 * 60_000,
    })),
  });
  const names = new Map(unique.map((id, i) => [id, results[i]?.data?.name ?? id]));
  return (id) => names.get(id) ?? id;
}
