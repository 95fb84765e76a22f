import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { userZone } from "../../../lib/clock";
import type { Person, Settings } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { SettingsPage } from "./settings-page";

const NOW = "2026-11-30T07:00:00Z";

const ana: Person = { id: "p-ana", name: "Ana Ruiz", email: "ana@example.com", time_zone: "Europe/Berlin", plays: ["recruiter"], created_at: NOW, updated_at: NOW };

/** The store's side: the settings it holds, and every call the page makes. */
function mockStore(initial: Settings, setTimeZone: (zone: string | null) => Settings) {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    switch (cmd) {
      case "get_settings":
        return initial;
      case "set_time_zone":
        return setTimeZone((args as { zone: string | null }).zone);
      case "list_people":
        return [ana];
      case "get_feedback_visibility":
        return "hidden_until_own_submitted";
      case "offer_templates":
      case "outreach_templates":
        return [];
      default:
        return null;
    }
  });
  return calls;
}

const zoneCard = () => screen.getByRole("region", { name: "Time zone" });

afterEach(() => clearMocks());

describe("SettingsPage time zone", () => {
  it("shows the zone in effect, saves a chosen one, moves the clock to it and refetches what the store computed", async () => {
    vi.setSystemTime(new Date(NOW));
    const calls = mockStore(settingsAt(NOW, "Europe/Berlin", { time_zone_choice: null }), (zone) => settingsAt(NOW, zone ?? "Europe/Berlin", { time_zone_choice: zone }));
    renderInApp(<SettingsPage />);
    const inEffect = await screen.findByText(/are shown and counted in/);
    await waitFor(() => expect(inEffect.textContent).toBe("Days, weeks and times are shown and counted in Europe/Berlin (Ana Ruiz's zone in People)."));
    expect(userZone()).toBe("Europe/Berlin");
    const peopleReads = calls.filter((c) => c.cmd === "list_people").length;

    fireEvent.change(screen.getByLabelText("Time zone", { selector: "input" }), { target: { value: " Asia/Kolkata " } });
    fireEvent.click(within(zoneCard()).getByRole("button", { name: "Save" }));
    await screen.findByText("Days, weeks and times now follow Asia/Kolkata.");
    expect(calls.filter((c) => c.cmd === "set_time_zone").map((c) => c.args)).toEqual([{ zone: "Asia/Kolkata" }]);
    expect(userZone()).toBe("Asia/Kolkata");
    expect(screen.getByText(/are shown and counted in/).textContent).toBe("Days, weeks and times are shown and counted in Asia/Kolkata (chosen here).");
    // Late, overdue and "this week" were counted in Berlin: everything else is read again.
    await waitFor(() => expect(calls.filter((c) => c.cmd === "list_people").length).toBeGreaterThan(peopleReads));
  });

  it("shows the store's validation error beside the field and keeps the zone", async () => {
    vi.setSystemTime(new Date(NOW));
    mockStore(settingsAt(NOW, "Europe/Berlin"), () => {
      throw { kind: "validation", message: "Some fields need attention.", fields: [{ field: "time_zone", message: "Use an IANA time zone such as Europe/Berlin." }] };
    });
    renderInApp(<SettingsPage />);
    const input = await screen.findByLabelText("Time zone", { selector: "input" });
    fireEvent.change(input, { target: { value: "Berlin" } });
    fireEvent.click(within(zoneCard()).getByRole("button", { name: "Save" }));
    const error = await screen.findByText("Use an IANA time zone such as Europe/Berlin.");
    expect(error.closest(".field")?.querySelector("input")).toBe(input);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(userZone()).toBe("Europe/Berlin");
  });

  it("goes back to following me and this computer", async () => {
    vi.setSystemTime(new Date(NOW));
    const calls = mockStore(settingsAt(NOW, "Asia/Kolkata", { time_zone_choice: "Asia/Kolkata" }), (zone) => settingsAt(NOW, zone ?? "Europe/Berlin", { time_zone_choice: zone }));
    renderInApp(<SettingsPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Follow me / this computer" }));
    await screen.findByText("Following you and this computer: days, weeks and times are in Europe/Berlin.");
    expect(calls.filter((c) => c.cmd === "set_time_zone").map((c) => c.args)).toEqual([{ zone: null }]);
    expect(userZone()).toBe("Europe/Berlin");
  });
});
