import { apiOrNull, type Page } from "@/lib/api";

// Where each dashboard figure comes from. A service that does not offer its endpoint yet answers 404,
// which shows as "chưa có dữ liệu"; the feature that builds the endpoint only has to match it here.

export interface DueItem {
  kind: string;
  label: string;
  label_en?: string;
  person_id?: string | null;
  case_id?: string | null;
  full_name?: string;
  due_date: string;
  days_left?: number;
  overdue?: boolean;
}

async function total(path: string, query: Record<string, string | number>): Promise<number | null> {
  const page = await apiOrNull<Page<unknown>>(path, { query: { ...query, page: 1, size: 1 } });
  return page ? page.total : null;
}

export const dashboardSources = {
  // The people at work in the subtree, counted exactly by reporting's read model (the figure the charts
  // below add up to); personnel's list gives only the planner's estimate past a thousand matches.
  headcount: async (unitId: string): Promise<number | null> => {
    const d = await apiOrNull<{ total: number }>("/api/reporting/dashboard", { query: { unit_id: unitId } });
    return d ? d.total : null;
  },
  pendingApprovals: (unitId: string) => total("/api/personnel/change-requests", { unit_id: unitId, state: "submitted" }),
  transfers: (unitId: string) => total("/api/transfer/cases", { unit_id: unitId, state: "open" }),
  // What the unit's subtree owes under the regulation's deadlines (transfer's obligations), soonest first.
  dueSoon: async (unitId: string): Promise<DueItem[] | null> => {
    const page = await apiOrNull<Page<DueItem>>("/api/transfer/obligations/due", { query: { unit_id: unitId, size: 10 } });
    return page ? page.items : null;
  },
};
