import { describe, expect, it } from "vitest";

import { daysLabel, daysSince, formatDate, formatInZone, fromNow, isTerminal, relativeTime, stageLabel, STAGES } from "./format";

const now = Date.parse("2026-11-28T12:00:00Z");

describe("format", () => {
  it("counts whole days in a stage", () => {
    expect(daysSince("2026-11-28T08:00:00Z", now)).toBe(0);
    expect(daysLabel("2026-11-28T08:00:00Z", now)).toBe("today");
    expect(daysLabel("2026-11-27T11:00:00Z", now)).toBe("1 day");
    expect(daysLabel("2026-11-18T12:00:00Z", now)).toBe("10 days");
  });

  it("describes activity relative to now", () => {
    expect(relativeTime("2026-11-27T11:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2026-09-28T12:00:00Z", now)).toBe("2 mo ago");
    expect(relativeTime("2024-11-28T12:00:00Z", now)).toBe("2 y ago");
  });

  it("formats plain dates without shifting them across time zones", () => {
    expect(formatDate("2026-01-05")).toContain("2026");
    expect(formatDate("2026-01-05")).toMatch(/5/);
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("labels every stage and knows the terminal ones", () => {
    expect(STAGES.map(stageLabel)).toContain("Technical screen");
    expect(STAGES.filter(isTerminal)).toEqual(["hired", "rejected", "withdrawn"]);
  });

  it("shows an instant on the wall clock of a given zone", () => {
    const iso = "2026-03-29T08:00:00Z";
    expect(formatInZone(iso, "Europe/Berlin")).toMatch(/10:00/);
    expect(formatInZone(iso, "Asia/Kolkata")).toMatch(/13:30/);
    expect(formatInZone(iso, "America/Los_Angeles")).toMatch(/01:00/);
    expect(formatInZone(iso, "Not/AZone")).toBeTruthy();
  });

  it("says how far a deadline is, either way", () => {
    const now = Date.parse("2026-11-28T12:00:00Z");
    expect(fromNow("2026-11-28T17:00:00Z", now)).toBe("in 5 h");
    expect(fromNow("2026-11-28T11:40:00Z", now)).toBe("under an hour ago");
    expect(fromNow("2026-11-25T12:00:00Z", now)).toBe("3 days ago");
  });
});
