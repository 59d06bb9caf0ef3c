import dayjs, { type Dayjs } from "dayjs";
import type { FieldErrorBody } from "@/lib/errors";
import { apiDate, apiMonth, pickerDate } from "@/lib/format";
import type { Profile } from "../types";
import { TABS, type FieldKind, type FieldSpec, type PartSpec } from "./spec";

// The service's profile JSON <-> the edit form's values. The form holds only the fields the tabs show,
// with dates as dayjs; saving lays them over the profile it started from, so fields the form does not
// show (and the sections it does not edit) are sent back unchanged.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v) && !dayjs.isDayjs(v);

function getPath(obj: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), obj);
}

function setPath(obj: Obj, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (!isObj(o[k])) o[k] = {};
    o = o[k] as Obj;
  }
  o[keys[keys.length - 1]] = value;
}

function toForm(kind: FieldKind, v: unknown): unknown {
  if (kind === "tags") return Array.isArray(v) ? v : [];
  if (v === null || v === undefined || v === "") return undefined;
  if (kind === "date" && typeof v === "string") return pickerDate(v) ?? undefined;
  if (kind === "month" && typeof v === "string") return pickerDate(`${v}-01`) ?? undefined;
  return v;
}

function fromForm(kind: FieldKind, v: unknown): unknown {
  // A list of texts (concurrent positions) is never null: empty is [].
  if (kind === "tags") return Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : [];
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (dayjs.isDayjs(v)) return kind === "month" ? apiMonth(v as Dayjs) : apiDate(v as Dayjs);
  return v;
}

const fieldsOf = (part: PartSpec): readonly FieldSpec[] => (part.type === "section" ? part.fields : part.columns);
const PARTS: PartSpec[] = TABS.flatMap((t) => [...t.parts]);

/** Form values of the tabs from a profile (the sections keyed as in the profile). */
export function profileToForm(profile: Profile | null | undefined): Obj {
  const values: Obj = {};
  for (const part of PARTS) {
    if (part.type === "table") {
      // A table may sit inside a section ("political.organisations"): nested in the values as in the profile.
      const rows = (getPath(profile, part.path) as Obj[] | undefined) ?? [];
      setPath(values, part.path, rows.map((row) => {
        const out: Obj = {};
        for (const c of part.columns) setPath(out, c.name, toForm(c.kind, getPath(row, c.name)));
        return out;
      }));
    } else {
      const target: Obj = part.path ? ((values[part.path] as Obj) ?? {}) : values;
      for (const field of part.fields) {
        const source = part.path ? getPath(profile, `${part.path}.${field.name}`) : profile?.[field.name];
        setPath(target, field.name, toForm(field.kind, source));
      }
      if (part.path) values[part.path] = target;
    }
  }
  return values;
}

/** The profile to send: `base` with the form's fields laid over it (tables replaced as a whole). */
export function formToProfile(values: Obj, base: Profile | null | undefined): Profile {
  const profile: Obj = structuredClone(base ?? {}) as Obj;
  for (const part of PARTS) {
    if (part.type === "table") {
      const rows = (getPath(values, part.path) as Obj[] | undefined) ?? [];
      setPath(profile, part.path, rows.filter(isObj).map((row) => {
        const out: Obj = {};
        for (const c of part.columns) setPath(out, c.name, fromForm(c.kind, getPath(row, c.name)));
        return out;
      }));
    } else {
      for (const field of fieldsOf(part)) {
        const path = part.path ? `${part.path}.${field.name}` : field.name;
        const value = fromForm(field.kind, getPath(values, path));
        // An empty address stays absent rather than becoming {text: null}, and an empty part of an address
        // stays absent from it.
        const parent = path.split(".").slice(0, -1).join(".");
        if (value === null && parent && !isObj(getPath(profile, parent))) continue;
        if (value === null && field.name.includes(".") && getPath(profile, path) === undefined) continue;
        setPath(profile, path, value);
      }
    }
  }
  // A new person starts in the most common category; the service's own default is the same.
  const recruitment = profile.recruitment as Obj | undefined;
  if (recruitment && recruitment.staff_category === null) delete recruitment.staff_category;
  return profile as Profile;
}

/**
 * The service names fields "identity.personal_id_number" (its rules), "profile.training.0.to_month"
 * (request validation) or "training[0].to_month"; the form names them identity.personal_id_number and
 * training.0.to_month.
 */
export function formFieldPath(serviceField: string): string {
  return serviceField.replace(/^profile\./, "").replace(/\[(\d+)\]/g, ".$1");
}

export function normalizeFieldErrors(fields: FieldErrorBody[]): FieldErrorBody[] {
  return fields.map((f) => ({ ...f, field: formFieldPath(f.field) }));
}

/** The tab a (form) field path belongs to, so a tab with errors can be marked. */
export function tabOf(path: string): string | null {
  const top = path.split(".")[0];
  for (const tab of TABS) {
    for (const part of tab.parts) {
      if (part.path === top) return tab.key;
      if (!part.path && part.type === "section" && part.fields.some((x) => x.name === top)) return tab.key;
    }
  }
  return null;
}
