import { describe, expect, it, vi } from "vitest";

import { syncClock } from "./clock";
import {
  dateInDays,
  daysLabel,
  daysSince,
  formatDate,
  formatDateTime,
  formatDayOf,
  formatInZone,
  fromNow,
  isTerminal,
  nextHourInput,
  relativeTime,
  stageLabel,
  STAGES,
  timeInZone,
  todayIso,
  wallClockInput,
} from "./format";

const now = Date.parse("2026-11-28T12:00:00Z");

describe("format", () => {
  it("counts whole days in a stage", () => {
    expect(daysSince("2026-11-28T08:00:00Z", now, "UTC")).toBe(0);
    expect(daysLabel("2026-11-28T08:00:00Z", now, "UTC")).toBe("today");
    expect(daysLabel("2026-11-27T11:00:00Z", now, "UTC")).toBe("1 day");
    expect(daysLabel("2026-11-18T12:00:00Z", now, "UTC")).toBe("10 days");
  });

  it("describes activity relative to now", () => {
    expect(relativeTime("2026-11-27T11:00:00Z", now, "UTC")).toBe("yesterday");
    expect(relativeTime("2026-09-28T12:00:00Z", now, "UTC")).toBe("2 mo ago");
    expect(relativeTime("2024-11-28T12:00:00Z", now, "UTC")).toBe("2 y ago");
  });

  it("formats plain dates without shifting them across time zones", () => {
    expect(formatDate("2026-01-05")).toBe("Jan 5, 2026");
    expect(formatDate("2026-03-29")).toBe("Mar 29, 2026");
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("labels every stage and knows the terminal ones", () => {
    expect(STAGES.map(stageLabel)).toContain("Technical screen");
    expect(STAGES.filter(isTerminal)).toEqual(["hired", "rejected", "withdrawn"]);
  });

  it("shows an instant on the wall clock of a given zone", () => {
    const iso = "2026-03-29T08:00:00Z";
    expect(formatInZone(iso, "Europe/Berlin")).toBe("Sun, Mar 29, 10:00");
    expect(formatInZone(iso, "Asia/Kolkata")).toBe("Sun, Mar 29, 13:30");
    expect(formatInZone(iso, "America/Los_Angeles")).toBe("Sun, Mar 29, 01:00");
    expect(formatInZone(iso, "Asia/Kolkata", true)).toBe("Sun, Mar 29, 13:30 GMT+5:30");
    expect(timeInZone(iso, "Europe/Berlin", true)).toBe("10:00 GMT+2");
    expect(formatInZone(iso, "Not/AZone")).toBeTruthy();
    expect(formatInZone("not an instant", "Europe/Berlin")).toBe("not an instant");
  });

  it("writes every time on one 24-hour clock, never mixing in AM/PM, whatever the language", () => {
    // 14:30 in Berlin: in English the date-time with the date (history, offers) used to say "2:30 PM".
    const iso = "2026-03-29T12:30:00Z";
    const times = () => [formatDateTime(iso, "Europe/Berlin"), formatDateTime(iso, "Europe/Berlin", true), formatInZone(iso, "Europe/Berlin"), timeInZone(iso, "Europe/Berlin")];
    for (const text of times()) expect(text, text).toMatch(/14:30(?!\s?[AP]M)/);
    expect(formatDateTime(iso, "Europe/Berlin")).toBe("Mar 29, 2026, 14:30");
    const language = vi.spyOn(navigator, "language", "get").mockReturnValue("de-DE");
    try {
      for (const text of times()) expect(text, text).toMatch(/14:30/);
      expect(formatDateTime(iso, "Europe/Berlin"), "the date's words follow the language").toMatch(/^29\. März 2026/);
    } finally {
      language.mockRestore();
    }
  });

  it("dates an instant by the user's day, not by the UTC day its text starts with", () => {
    // 23:30 on 28 March in Los Angeles is 29 March in UTC (and 07:30 on the 29th in Berlin).
    expect(formatDayOf("2026-03-29T06:30:00Z", "America/Los_Angeles")).toBe("Mar 28, 2026");
    expect(formatDayOf("2026-03-29T06:30:00Z", "Europe/Berlin")).toBe("Mar 29, 2026");
  });

  it("says how far a deadline is, either way", () => {
    expect(fromNow("2026-11-28T17:00:00Z", now)).toBe("in 5 h");
    expect(fromNow("2026-11-28T11:40:00Z", now)).toBe("under an hour ago");
    expect(fromNow("2026-11-25T12:00:00Z", now)).toBe("3 days ago");
  });
});

describe("calendar days in the user's zone", () => {
  // 23:30 in Berlin on the 27th; 07:00 in Berlin on the 28th. In Los Angeles both are the 27th.
  const entered = "2026-11-27T22:30:00Z";
  const at = Date.parse("2026-11-28T06:00:00Z");

  it("counts calendar days, not 24-hour periods", () => {
    expect(daysSince(entered, at, "Europe/Berlin")).toBe(1);
    expect(daysLabel(entered, at, "Europe/Berlin")).toBe("1 day");
    expect(relativeTime(entered, at, "Europe/Berlin")).toBe("yesterday");
  });

  it("gives another answer in another zone", () => {
    expect(daysLabel(entered, at, "America/Los_Angeles")).toBe("today");
    // Kolkata: 04:00 and 11:30 on the 28th.
    expect(daysLabel(entered, at, "Asia/Kolkata")).toBe("today");
  });

  it("counts in the user's zone from Settings, on the app's clock, by default", () => {
    // The computer's clock is years away; the app's clock is what counts.
    vi.setSystemTime(new Date("2031-05-14T09:00:00Z"));
    syncClock({ now: "2026-11-28T06:00:00Z", time_zone: "Europe/Berlin" });
    expect(daysLabel(entered)).toBe("1 day");
    expect(formatDateTime(entered)).toBe("Nov 27, 2026, 23:30");
    expect(formatDateTime(entered, "Europe/Berlin", true)).toBe("Nov 27, 2026, 23:30 GMT+1");
  });

  it("counts a short spring-forward night as a day", () => {
    // Berlin, 29 March 2026: clocks jump from 02:00 to 03:00. 00:30 on the 29th to 00:10 on the
    // 30th is only 22 h 40 min, but it is the next calendar day.
    const from = "2026-03-28T23:30:00Z";
    const to = Date.parse("2026-03-29T22:10:00Z");
    expect(Math.floor((to - Date.parse(from)) / 86_400_000)).toBe(0);
    expect(daysLabel(from, to, "Europe/Berlin")).toBe("1 day");
  });

  it("counts a long fall-back day as one day", () => {
    // Berlin, 25 October 2026: clocks fall back from 03:00 to 02:00. 00:10 to 23:50 that day is
    // 24 h 40 min, and still the same calendar day.
    const from = "2026-10-24T22:10:00Z";
    const to = Date.parse("2026-10-25T22:50:00Z");
    expect(Math.floor((to - Date.parse(from)) / 86_400_000)).toBe(1);
    expect(daysLabel(from, to, "Europe/Berlin")).toBe("today");
    expect(daysLabel(from, Date.parse("2026-10-25T23:10:00Z"), "Europe/Berlin")).toBe("1 day");
  });
});

describe("dates and times from the app's clock", () => {
  // 00:30 on 1 December in Berlin; still 30 November in Los Angeles.
  const at = Date.parse("2026-11-30T23:30:00Z");

  it("knows today's date in a zone", () => {
    expect(todayIso("Europe/Berlin", at)).toBe("2026-12-01");
    expect(todayIso("America/Los_Angeles", at)).toBe("2026-11-30");
  });

  it("adds calendar days across months, years and a DST change", () => {
    expect(dateInDays(10, "Europe/Berlin", at)).toBe("2026-12-11");
    expect(dateInDays(45, "Europe/Berlin", at)).toBe("2027-01-15");
    expect(dateInDays(1, "Europe/Berlin", Date.parse("2026-03-28T23:30:00Z"))).toBe("2026-03-30");
  });

  it("uses the app's clock and the user's zone by default", () => {
    vi.setSystemTime(new Date("2031-05-14T09:00:00Z"));
    syncClock({ now: "2026-11-30T23:30:00Z", time_zone: "Europe/Berlin" });
    expect(todayIso()).toBe("2026-12-01");
    expect(dateInDays(10)).toBe("2026-12-11");
  });

  it("fills datetime inputs with the wall clock of a zone", () => {
    expect(wallClockInput(at, "Europe/Berlin")).toBe("2026-12-01T00:30");
    expect(wallClockInput(at, "Asia/Kolkata")).toBe("2026-12-01T05:00");
    expect(nextHourInput("Europe/Berlin", at)).toBe("2026-12-01T01:00");
    // Kolkata is 5 h 30 min ahead: the next whole hour there is not the next whole hour in UTC.
    expect(nextHourInput("Asia/Kolkata", Date.parse("2026-11-30T23:10:00Z"))).toBe("2026-12-01T05:00");
  });
});
