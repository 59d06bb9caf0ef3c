import dayjs from "dayjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  accountName, apiDate, todayInVietnam, apiMonth, dateInputFormat, dayInVietnam, formatDate, formatDateTime, formatMonth, formatName, formatNumber,
  formatTime, monthInputFormat, pickerDate,
} from "./format";

// The browser may sit in any time zone: these run as if it were far west of Vietnam, where reading a date
// through Date would land on the day before.
beforeAll(() => {
  vi.stubEnv("TZ", "America/Los_Angeles");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("formatDate", () => {
  it("writes a date of the API as each language does", () => {
    expect(formatDate("2025-01-24", "vi")).toBe("24/01/2025");
    expect(formatDate("2025-01-24", "en")).toBe("2025-01-24");
  });

  it("never moves a calendar day by time zone", () => {
    expect(new Date("2025-01-01").getDate()).toBe(31); // what Date would have done here
    expect(formatDate("2025-01-01", "vi")).toBe("01/01/2025");
    expect(formatDate("1990-05-17", "en")).toBe("1990-05-17");
  });

  it("gives the day in Vietnam of a date-time", () => {
    expect(formatDate("2024-12-31T17:30:00Z", "vi")).toBe("01/01/2025");
    expect(formatDate("2024-12-31T17:30:00+00:00", "en")).toBe("2025-01-01");
    expect(formatDate("2025-01-24T23:59:00+07:00", "vi")).toBe("24/01/2025");
    expect(formatDate("2024-12-31T17:30:00", "vi")).toBe("01/01/2025"); // no offset: UTC, as the services write
  });

  it("shows nothing for nothing and leaves what is no date as it is", () => {
    expect(formatDate(null, "vi")).toBe("");
    expect(formatDate(undefined, "en")).toBe("");
    expect(formatDate("", "vi")).toBe("");
    expect(formatDate("2025", "vi")).toBe("2025");
    expect(formatDate("không rõ", "vi")).toBe("không rõ");
  });
});

describe("formatDateTime", () => {
  it("reads the clock in Vietnam", () => {
    expect(formatDateTime("2026-11-26T01:05:00Z", "vi")).toBe("26/11/2026 08:05");
    expect(formatDateTime("2026-11-26T01:05:00.123456Z", "en")).toBe("2026-11-26 08:05");
    expect(formatDateTime("2026-11-26T20:00:00Z", "vi")).toBe("27/11/2026 03:00");
    expect(formatDateTime(Date.UTC(2026, 10, 26, 1, 5, 9), "vi", { seconds: true })).toBe("26/11/2026 08:05:09");
    expect(formatDateTime(new Date(Date.UTC(2026, 0, 1, 0, 0)), "en")).toBe("2026-01-01 07:00");
  });

  it("gives a plain date alone and nothing for nothing", () => {
    expect(formatDateTime("2025-06-30", "vi")).toBe("30/06/2025");
    expect(formatDateTime(null, "vi")).toBe("");
  });

  it("gives the day in Vietnam as the API writes dates, for date parameters", () => {
    expect(dayInVietnam("2026-01-01T20:00:00Z")).toBe("2026-01-02");
    expect(dayInVietnam("2026-01-01")).toBe("2026-01-01");
  });

  it("todayInVietnam is the province's calendar day, not the browser's", () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date("2026-12-04T19:30:00Z")); // 02:30 on 5 December in Vietnam
      expect(todayInVietnam().format("YYYY-MM-DD")).toBe("2026-12-05");
    } finally {
      vi.useRealTimers();
    }
    expect(dayInVietnam(null)).toBe("");
  });

  it("has the time of day apart", () => {
    expect(formatTime("2026-11-26T01:05:09Z")).toBe("08:05:09");
    expect(formatTime(Date.UTC(2026, 10, 26, 17, 0, 0))).toBe("00:00:00");
  });
});

describe("formatMonth", () => {
  it("writes a month of the API", () => {
    expect(formatMonth("2001-09", "vi")).toBe("09/2001");
    expect(formatMonth("2001-09", "en")).toBe("2001-09");
    expect(formatMonth(null, "vi")).toBe("");
  });
});

describe("formatNumber", () => {
  it("groups thousands as Vietnamese do, and as English does", () => {
    expect(formatNumber(1234567, "vi")).toBe("1.234.567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(2.34, "vi")).toBe("2,34");
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(null, "vi")).toBe("");
  });
});

describe("names", () => {
  it("writes a name composed, trimmed, one space between words, case kept", () => {
    const decomposed = "Nguyễn Thị Hồng".normalize("NFD");
    expect(formatName(`  ${decomposed}  `)).toBe("Nguyễn Thị Hồng");
    expect(formatName("Hà   Xuân\tAn")).toBe("Hà Xuân An");
    expect(formatName("ma seo chử")).toBe("ma seo chử");
    expect(formatName(null)).toBe("");
  });

  it("names an account by its holder, else its user name", () => {
    expect(accountName({ full_name: " Lê Văn B ", username: "stp.officer" })).toBe("Lê Văn B");
    expect(accountName({ full_name: null, username: "stp.officer" })).toBe("stp.officer");
    expect(accountName({ name: "Trần An", username: "x" })).toBe("Trần An");
  });
});

describe("date pickers", () => {
  it("read and show the language's form", () => {
    expect(dateInputFormat("vi")).toBe("DD/MM/YYYY");
    expect(dateInputFormat("en")).toBe("YYYY-MM-DD");
    expect(monthInputFormat("vi")).toBe("MM/YYYY");
  });

  it("round-trip a date of the API without moving it", () => {
    const picked = pickerDate("2025-01-01");
    expect(picked?.date()).toBe(1);
    expect(apiDate(picked)).toBe("2025-01-01");
    expect(apiMonth(dayjs("2001-09-01"))).toBe("2001-09");
    expect(apiDate(null)).toBeNull();
    expect(pickerDate("")).toBeNull();
    expect(pickerDate("not a date")).toBeNull();
  });
});
