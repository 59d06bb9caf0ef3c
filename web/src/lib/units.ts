import type { components } from "@/api/org";
import { apiOrNull } from "./api";

/** A unit as org lists it (roots, children, search; the detail adds to it). */
export type Unit = components["schemas"]["UnitItem"];

/** The units at the top of the caller's scope (a commune officer: the commune; the province: the root). */
export async function fetchRootUnits(): Promise<Unit[]> {
  return (await apiOrNull<Unit[]>("/api/org/units/roots")) ?? [];
}

export async function fetchChildUnits(unitId: string): Promise<Unit[]> {
  return (await apiOrNull<Unit[]>(`/api/org/units/${encodeURIComponent(unitId)}/children`)) ?? [];
}

export async function searchUnits(q: string, limit = 20): Promise<Unit[]> {
  return (await apiOrNull<Unit[]>("/api/org/units/search", { query: { q, limit } })) ?? [];
}

export function unitLabel(unit: Pick<Unit, "name" | "short_name" | "unit_id">): string {
  return unit.name || unit.short_name || unit.unit_id;
}
