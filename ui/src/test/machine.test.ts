// The test run itself: a fixed machine zone that is not the user's, and no real date.
import { describe, expect, it } from "vitest";

import { machineZone } from "../lib/clock";

const USER_ZONES = ["Europe/Berlin", "Asia/Kolkata"];

describe("the test machine", () => {
  it("runs in the zone vite.config.ts sets, never one the tests use as the user's", () => {
    const zone = import.meta.env.SHORTLIST_TEST_MACHINE_TZ as string | undefined;
    expect(zone, "vite.config.ts passes the machine zone to the workers").toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(machineZone()).toBe(zone);
    expect(USER_ZONES).not.toContain(zone);
  });

  it("applies the zone to Date itself, not only to Intl", () => {
    // Summer and winter offsets of the machine zone, as Date sees them and as Intl computes them.
    for (const iso of ["2026-07-01T12:00:00Z", "2026-12-01T12:00:00Z"]) {
      const parts = new Intl.DateTimeFormat("en-US", { timeZone: machineZone(), hour: "2-digit", minute: "2-digit", hourCycle: "h23", day: "numeric" }).formatToParts(Date.parse(iso));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const wall = Date.UTC(2026, iso.startsWith("2026-07") ? 6 : 11, get("day"), get("hour"), get("minute"));
      expect(new Date(iso).getTimezoneOffset()).toBe((Date.parse(iso) - wall) / 60_000);
    }
    if (machineZone() === "America/Los_Angeles") {
      expect(new Date("2026-07-01T12:00:00Z").getTimezoneOffset()).toBe(420);
      expect(new Date("2026-12-01T12:00:00Z").getTimezoneOffset()).toBe(480);
    }
  });

  it("starts every test on a fixed date, not today's", () => {
    expect(new Date().toISOString()).toBe("2031-05-14T09:00:00.000Z");
  });

  it("formats in one language whatever the machine's locale", () => {
    expect(navigator.language).toBe("en-US");
  });
});
