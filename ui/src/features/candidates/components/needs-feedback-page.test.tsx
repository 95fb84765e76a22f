import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { FeedbackDue } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { NeedsFeedbackPage } from "./needs-feedback-page";

// Monday 30 November 2026, 08:00 in Berlin (the user's zone); Sunday 23:00 in Los Angeles.
const NOW = "2026-11-30T07:00:00Z";

function owed(candidate: string, endedAt: string, dueAt: string, feedback: FeedbackDue["feedback"]): FeedbackDue {
  return {
    interview_id: `i-${candidate}`,
    application_id: `a-${candidate}`,
    candidate_id: `c-${candidate}`,
    candidate_name: candidate,
    role_id: "r1",
    role_title: "Platform Engineer",
    step_id: "deep-dive",
    step_name: "Deep dive",
    interviewer_id: "p-ana",
    interviewer_name: "Ana Ruiz",
    mine: true,
    ended_at: endedAt,
    due_at: dueAt,
    feedback,
    draft_started: false,
  };
}

const rows: FeedbackDue[] = [
  // Ended at midnight Berlin time (15:00 on Sunday in Los Angeles), due a day later.
  owed("Grace Hopper", "2026-11-29T23:00:00Z", "2026-11-30T23:00:00Z", "due"),
  // Ended on Thursday afternoon, due on Friday: the store says overdue.
  owed("Alan Turing", "2026-11-26T15:00:00Z", "2026-11-27T15:00:00Z", "overdue"),
];

afterEach(() => clearMocks());

describe("NeedsFeedbackPage", () => {
  it("shows when each interview ended in the user's zone, and what is due or overdue", async () => {
    vi.setSystemTime(new Date(NOW));
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
      if (cmd === "needs_feedback") return rows;
      return null;
    });
    renderInApp(<NeedsFeedbackPage />);
    const grace = await screen.findByText("Grace Hopper");
    const graceRow = grace.closest("li");
    // Los Angeles would say "Sun, Nov 29, 15:00".
    expect(graceRow?.textContent).toContain("Ended Mon, Nov 30, 00:00");
    expect(graceRow?.querySelector(".seat")?.textContent).toBe("Due in 16 h");
    const alanRow = screen.getByText("Alan Turing").closest("li");
    expect(alanRow?.textContent).toContain("Ended Thu, Nov 26, 16:00");
    expect(alanRow?.querySelector(".seat-overdue")?.textContent).toBe("Overdue, due 3 days ago");
    expect(screen.getByText(/scorecards owed/).textContent).toContain("2 scorecards owed, 1 overdue.");
  });
});
