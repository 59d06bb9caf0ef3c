import dayjs, { type Dayjs } from "dayjs";

// Drafts of forms being typed, kept in sessionStorage: they survive a rejected save, a reload and the
// round trip to Keycloak when the session expires, and vanish with the tab. Dates from antd pickers
// are dayjs objects; they are tagged so that they come back as dayjs, not strings.

const PREFIX = "cbccvc.draft.";
const DATE_TAG = "$dayjs";

function encode(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return { [DATE_TAG]: (value as Dayjs).toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (typeof obj[DATE_TAG] === "string" && Object.keys(obj).length === 1) return dayjs(obj[DATE_TAG] as string);
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export function saveDraft(key: string, values: unknown, store: Storage = sessionStorage): void {
  try {
    store.setItem(PREFIX + key, JSON.stringify({ savedAt: Date.now(), values: encode(values) }));
  } catch {
    /* storage full or disabled: the form still works, only without a draft */
  }
}

export function loadDraft<T>(key: string, store: Storage = sessionStorage): T | null {
  try {
    const raw = store.getItem(PREFIX + key);
    if (!raw) return null;
    return decode((JSON.parse(raw) as { values: unknown }).values) as T;
  } catch {
    return null;
  }
}

export function clearDraft(key: string, store: Storage = sessionStorage): void {
  try {
    store.removeItem(PREFIX + key);
  } catch {
    /* nothing to clear */
  }
}

/** Every draft of this tab: at sign-out, so that personal data typed in a form never outlives the session
 * on a shared computer. */
export function clearAllDrafts(store: Storage = sessionStorage): void {
  try {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
    for (const key of keys) store.removeItem(key);
  } catch {
    /* storage unavailable: nothing was kept */
  }
}
