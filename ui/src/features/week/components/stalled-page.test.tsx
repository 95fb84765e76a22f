import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { BoardCard, StalledCard } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { StalledPage } from "./stalled-page";

// Monday 30 November 2026, 07:00 in Berlin (the user's zone); Sunday 22:00 in Los Angeles.
const NOW = "2026-11-30T06:00:00Z";

function stalled(name: string, extra: Partial<BoardCard>): StalledCard {
  return {
    role_id: "r1",
    role_title: "Platform Engineer",
    card: {
      application_id: `a-${name}`,
      candidate_id: `c-${name}`,
      name,
      current: "",
      stage: "profile_review",
      stage_entered_at: NOW,
      stage_reason: null,
      score: null,
      risks: 0,
      next_interview: null,
      feedback: { submitted: 0, expected: 0, overdue: 0 },
      sla_due_at: null,
      stalled: true,
      screen: null,
      ...extra,
    },
  };
}

const rows: StalledCard[] = [
  // In the stage since 23:30 on Sunday 22 November in Berlin (14:30 in Los Angeles): 8 calendar
  // days in Berlin, 7 in Los Angeles, and 7 whole 24-hour periods.
  stalled("Grace Hopper", { stage_entered_at: "2026-11-22T22:30:00Z", sla_due_at: "2026-11-25T22:30:00Z" }),
  // The store says the async challenge is late (no SLA of its own): shown as it says.
  stalled("Alan Turing", { stage: "technical_screen", stage_entered_at: "2026-11-29T22:30:00Z", screen: { path: "async_challenge", due_on: "2026-11-29" } }),
];

afterEach(() => clearMocks());

describe("StalledPage", () => {
  it("counts days in stage in calendar days of the user's zone", async () => {
    vi.setSystemTime(new Date(NOW));
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
      if (cmd === "stalled_cards") return rows;
      return null;
    });
    renderInApp(<StalledPage />);
    const grace = await screen.findByText("Grace Hopper");
    expect(grace.closest("li")?.querySelector(".fact-stalled")?.textContent).toBe("⚠ 8 days in stage, limit passed 4 days ago");
    const alan = screen.getByText("Alan Turing");
    // 23:30 last night in Berlin, 07:00 now: one day, though only 7.5 hours have passed.
    expect(alan.closest("li")?.querySelector(".fact-stalled")?.textContent).toBe("⚠ 1 day in stage, challenge late");
  });
});
