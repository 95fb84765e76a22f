import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, renderHook, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { renderInApp, settingsAt } from "../test/render-in-app";
import { appNow, machineZone, syncClock, userZone, useUserZone } from "./clock";

afterEach(() => clearMocks());

describe("clock", () => {
  it("reads the app's clock, which keeps running with the computer's", () => {
    vi.setSystemTime(new Date("2031-05-14T09:00:00Z"));
    expect(appNow()).toBe(Date.parse("2031-05-14T09:00:00Z"));
    syncClock({ now: "2027-03-10T09:30:00Z", time_zone: "Europe/Berlin" });
    expect(appNow()).toBe(Date.parse("2027-03-10T09:30:00Z"));
    vi.setSystemTime(new Date("2031-05-14T09:05:00Z"));
    expect(appNow()).toBe(Date.parse("2027-03-10T09:35:00Z"));
  });

  it("uses this computer's zone until the settings say otherwise", () => {
    expect(userZone()).toBe(machineZone());
    expect(syncClock({ now: "2027-03-10T09:30:00Z", time_zone: "Asia/Kolkata" })).toBe(false);
    expect(userZone()).toBe("Asia/Kolkata");
    // Only a change of a zone in use makes the store's answers stale.
    expect(syncClock({ now: "2027-03-10T09:31:00Z", time_zone: "Asia/Kolkata" })).toBe(false);
    expect(syncClock({ now: "2027-03-10T09:32:00Z", time_zone: "Europe/Berlin" })).toBe(true);
  });

  it("re-renders components when the zone changes", () => {
    const { result } = renderHook(() => useUserZone());
    expect(result.current).toBe(machineZone());
    act(() => void syncClock({ now: "2027-03-10T09:30:00Z", time_zone: "Europe/Berlin" }));
    expect(result.current).toBe("Europe/Berlin");
  });

  it("renders the app only once the settings set the clock and zone", async () => {
    vi.setSystemTime(new Date("2031-05-14T09:00:00Z"));
    let answer: (value: unknown) => void = () => undefined;
    mockIPC((cmd) => (cmd === "get_settings" ? new Promise((resolve) => (answer = resolve)) : null));
    function Probe() {
      return <p>{`${new Date(appNow()).toISOString()} in ${useUserZone()}`}</p>;
    }
    renderInApp(<Probe />);
    expect(screen.queryByText(/ in /)).toBeNull();
    await act(async () => answer(settingsAt("2027-03-10T09:30:00Z", "Asia/Kolkata")));
    expect(await screen.findByText("2027-03-10T09:30:00.000Z in Asia/Kolkata")).toBeTruthy();
  });
});
