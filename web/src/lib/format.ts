import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { currentLang, useI18n, type Lang } from "./i18n";

// How the client writes dates, times, numbers and names: one place, so that every screen says the same.
//
//   date       24/01/2025 in Vietnamese, 2025-01-24 in English (as the services write them in messages)
//   date-time  24/01/2025 08:05 / 2025-01-24 08:05, always in Vietnam's time (Asia/Ho_Chi_Minh),
//              whatever the time zone of the browser
//   month      01/2025 / 2025-01
//   number     1.234.567 (vi-VN grouping) / 1,234,567
//   name       as written, Unicode NFC, single spaces (Vietnamese order in both languages)
//
// A date of the API is a text "YYYY-MM-DD": a calendar day, never an instant. It is rewritten as text and
// never goes through Date, so no time zone can move it to the day before. A date-time of the API (ISO
// 8601 with an offset, "Z" for UTC) is an instant, shown as the clock in Vietnam read then.
//
// Every function takes the language; without one it follows the interface (currentLang()). In a
// component, useFormat() gives them bound to the language shown, and re-renders on a switch.

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

type Value = string | null | undefined;
type Instant = string | number | Date | null | undefined;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

interface Parts {
  y: string;
  m: string;
  d: string;
  hh: string;
  mm: string;
  ss: string;
}

const vietnamClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** An instant from what the API (an ISO 8601 date-time) or the browser (Date, milliseconds) gives. A
 * date-time without an offset is read as UTC (the services write UTC), never as the browser's local time. */
function toInstant(value: string | number | Date): Date | null {
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === "number") date = new Date(value);
  else {
    const text = value.trim().replace(" ", "T");
    if (!DATE_TIME.test(text)) return null;
    date = new Date(OFFSET.test(text) ? text : `${text}Z`);
  }
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar day and clock in Vietnam at an instant. */
function inVietnam(instant: Date): Parts {
  const p: Record<string, string> = {};
  for (const part of vietnamClock.formatToParts(instant)) p[part.type] = part.value;
  return { y: p.year, m: p.month, d: p.day, hh: p.hour === "24" ? "00" : p.hour, mm: p.minute, ss: p.second };
}

const day = (y: string, m: string, d: string, lang: Lang) => (lang === "en" ? `${y}-${m}-${d}` : `${d}/${m}/${y}`);

/**
 * A date: "2025-01-24" -> 24/01/2025 (vi) or 2025-01-24 (en). A date-time or an instant gives its day in
 * Vietnam. Nothing gives ""; a text that is no date comes back as it is.
 */
export function formatDate(value: Instant, lang: Lang = currentLang()): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const m = DATE.exec(value.trim());
    if (m) return day(m[1], m[2], m[3], lang);
  }
  const instant = toInstant(value);
  if (!instant) return String(value);
  const p = inVietnam(instant);
  return day(p.y, p.m, p.d, lang);
}

/** An instant as the clock in Vietnam read it: 24/01/2025 08:05 (vi), 2025-01-24 08:05 (en). A plain date
 * gives the date alone (it has no time). */
export function formatDateTime(value: Instant, lang: Lang = currentLang(), opts: { seconds?: boolean } = {}): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string" && DATE.test(value.trim())) return formatDate(value, lang);
  const instant = toInstant(value);
  if (!instant) return String(value);
  const p = inVietnam(instant);
  return `${day(p.y, p.m, p.d, lang)} ${p.hh}:${p.mm}${opts.seconds ? `:${p.ss}` : ""}`;
}

/** The calendar day in Vietnam of an instant, as the API writes dates ("2025-01-24"): what a date
 * parameter (as_of) needs when it comes from a date-time. A date comes back as it is; "" if none. */
export function dayInVietnam(value: Instant): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string" && DATE.test(value.trim())) return value.trim();
  const instant = toInstant(value);
  if (!instant) return "";
  const p = inVietnam(instant);
  return `${p.y}-${p.m}-${p.d}`;
}

/** Today in Vietnam, as a picker's value: the calendar day of the province, whatever the browser's time
 * zone says (an officer abroad, a server in UTC). Every "today" of a form, a limit or a default is this,
 * never dayjs(): between 17:00 and 24:00 UTC the two differ by a day. */
export function todayInVietnam(): Dayjs {
  return dayjs(dayInVietnam(Date.now()));
}

/** The time of day in Vietnam: 08:05:09 (both languages). */
export function formatTime(value: Instant): string {
  if (value === null || value === undefined || value === "") return "";
  const instant = toInstant(value);
  if (!instant) return String(value);
  const p = inVietnam(instant);
  return `${p.hh}:${p.mm}:${p.ss}`;
}

/** A month of the API ("2025-01"): 01/2025 (vi), 2025-01 (en). */
export function formatMonth(value: Value, lang: Lang = currentLang()): string {
  if (!value) return "";
  const m = MONTH.exec(value.trim());
  if (!m) return value;
  return lang === "en" ? `${m[1]}-${m[2]}` : `${m[2]}/${m[1]}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's grouping and decimal mark: 1.234.567,5 (vi-VN), 1,234,567.5 (en). */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang = currentLang(),
  opts: Intl.NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  const locale = lang === "en" ? "en-GB" : "vi-VN";
  const key = `${locale}${JSON.stringify(opts)}`;
  let nf = numberFormats.get(key);
  if (!nf) numberFormats.set(key, (nf = new Intl.NumberFormat(locale, opts)));
  return nf.format(value);
}

/**
 * A person's name as written (Vietnamese order, family name first, in both languages): composed Unicode
 * (NFC: a name typed with combining marks looks the same but would compare and search differently), no
 * spaces around, one between words. Case is kept: people write their names as they choose.
 */
export function formatName(name: Value): string {
  return name ? name.normalize("NFC").trim().replace(/\s+/g, " ") : "";
}

/** An account as people know it: its holder's name, else its user name. */
export function accountName(account: { full_name?: string | null; name?: string | null; username: string }): string {
  return formatName(account.full_name ?? account.name) || account.username;
}

// Date pickers (antd, dayjs) read and show the same forms; what they give goes to the API as YYYY-MM-DD.

/** The format of a date picker: DD/MM/YYYY (vi), YYYY-MM-DD (en). */
export const dateInputFormat = (lang: Lang = currentLang()) => (lang === "en" ? "YYYY-MM-DD" : "DD/MM/YYYY");
/** The format of a month picker: MM/YYYY (vi), YYYY-MM (en). */
export const monthInputFormat = (lang: Lang = currentLang()) => (lang === "en" ? "YYYY-MM" : "MM/YYYY");
/** The format of a date-and-time picker: DD/MM/YYYY HH:mm (vi), YYYY-MM-DD HH:mm (en). */
export const dateTimeInputFormat = (lang: Lang = currentLang()) => `${dateInputFormat(lang)} HH:mm`;

/** The calendar day a picker shows, for the API: "2025-01-24" (null when empty). */
export function apiDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format("YYYY-MM-DD") : null;
}

/** The month a picker shows, for the API: "2025-01". */
export function apiMonth(value: Dayjs | null | undefined): string | null {
  return value ? value.format("YYYY-MM") : null;
}

/** A date of the API as a picker's value (that calendar day; null when empty or not a date). */
export function pickerDate(value: Value): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value);
  return d.isValid() ? d : null;
}

/** The formatting functions bound to the interface's language (re-rendered when it changes). */
export function useFormat() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      lang,
      date: (value: Instant) => formatDate(value, lang),
      dateTime: (value: Instant) => formatDateTime(value, lang),
      month: (value: Value) => formatMonth(value, lang),
      number: (value: number | null | undefined, opts?: Intl.NumberFormatOptions) => formatNumber(value, lang, opts),
      name: formatName,
      dateInput: dateInputFormat(lang),
      monthInput: monthInputFormat(lang),
      dateTimeInput: dateTimeInputFormat(lang),
    }),
    [lang],
  );
}
