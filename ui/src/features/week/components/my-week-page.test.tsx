import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { AgendaItem, Interview, MyWeek } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { MyWeekPage } from "./my-week-page";

// Monday 30 November 2026, 08:00 in Berlin (the user's zone); still Sunday 23:00 in Los Angeles
// (the test machine's zone).
const NOW = "2026-11-30T07:00:00Z";

function interview(id: string, startsAt: string, endsAt: string): Interview {
  return { id, application_id: `a-${id}`, step_id: "deep-dive", step_name: "Deep dive", starts_at: startsAt, ends_at: endsAt, time_zone: "Europe/Berlin", status: "scheduled", sequence: 0, panel: [] };
}

function agenda(i: Interview, candidate: string): AgendaItem {
  return { interview: i, candidate_id: `c-${i.id}`, candidate_name: candidate, role_id: "r1", role_title: "Platform Engineer" };
}

const week: MyWeek = {
  me: "Ana Ruiz",
  // The store counted the week in Berlin: Monday 00:00 to the next Monday 00:00 there.
  week_start: "2026-11-29T23:00:00Z",
  week_end: "2026-12-06T23:00:00Z",
  time_zone: "Europe/Berlin",
  interviews: [
    // 00:30 on Monday in Berlin is 15:30 on Sunday in Los Angeles.
    agenda(interview("i1", "2026-11-29T23:30:00Z", "2026-11-30T00:30:00Z"), "Grace Hopper"),
    agenda(interview("i2", "2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z"), "Alan Turing"),
  ],
  feedback: [],
  stalled: [],
  follow_ups: [],
};

afterEach(() => clearMocks());

describe("MyWeekPage", () => {
  it("shows the week's days and the interview times in the user's zone, not the computer's", async () => {
    vi.setSystemTime(new Date(NOW));
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
      if (cmd === "my_week") return week;
      return null;
    });
    renderInApp(<MyWeekPage />);
    await screen.findByRole("heading", { name: "My week" });
    // Los Angeles would say "Sun, Nov 29 – Sat, Dec 5".
    expect(screen.getByText(/Ana Ruiz · /).textContent).toBe("Ana Ruiz · Mon, Nov 30 – Sun, Dec 6 (Europe/Berlin)");
    const first = document.querySelector("[data-interview='i1'] .agenda-when");
    expect(first?.textContent).toBe("Mon, Nov 30, 00:30 8 h ago");
    const second = document.querySelector("[data-interview='i2'] .agenda-when");
    expect(second?.textContent).toBe("Wed, Dec 2, 10:00 in 2 days");
  });

  it("names the zone on interview times when the week was counted in another one", async () => {
    vi.setSystemTime(new Date(NOW));
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Asia/Kolkata");
      if (cmd === "my_week") return week;
      return null;
    });
    renderInApp(<MyWeekPage />);
    await screen.findByRole("heading", { name: "My week" });
    expect(document.querySelector("[data-interview='i1'] .agenda-when strong")?.textContent).toBe("Mon, Nov 30, 05:00 GMT+5:30");
  });
});
