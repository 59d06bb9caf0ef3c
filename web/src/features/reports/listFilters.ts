// The ad-hoc list's filters as the form holds them and as the service takes them (pure).
import { reportMessages } from "./messages";

export type FilterForm = Record<string, unknown>;

/** Drop what says nothing (an empty choice, a blank text, an unset age); a value the service takes otherwise. */
export function toFilters(form: FilterForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === "string") {
      if (!value.trim()) continue;
      out[key] = value.trim();
      continue;
    }
    out[key] = value;
  }
  return out;
}

/** The filters carried in the address (?f=<json>), as the dashboard's links give them; anything unreadable is none. */
export function filtersFromParam(param: string | null): FilterForm {
  if (!param) return {};
  try {
    const parsed: unknown = JSON.parse(param);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as FilterForm) : {};
  } catch {
    return {};
  }
}

/** A dimension's value in words (the value itself when there are none). */
export function valueKey(value: unknown): keyof typeof reportMessages | null {
  const key = `v.${String(value)}`;
  return key in reportMessages ? (key as keyof typeof reportMessages) : null;
}
