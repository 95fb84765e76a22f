// Issue 12.2: the same interview read "Ended Wed Dec 2, 21:00" on Needs feedback and "ended
// 16:00 EST" in the scorecard. One rule: times in the user's zone from Settings, named.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Interview, PlanStep } from "../../../lib/types";
import { emptyRead, roleOf } from "../../../test/fixtures";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { ScorecardDialog } from "./scorecard-dialog";

const NOW = "2031-05-14T09:00:00Z";

const step: PlanStep = {
  id: "deep-dive",
  kind: "deep_dive",
  name: "Past-project deep dive",
  purpose: "",
  duration_minutes: 60,
  competencies: [],
  prompts: [],
  paths: [],
};

// Ended 21:00 UTC on Tuesday 13 May: 23:00 in Berlin (the user's zone), 17:00 in New York (the
// interviewer's directory zone), 14:00 in Los Angeles (this machine).
const interview: Interview = {
  id: "i1",
  application_id: "a1",
  step_id: "deep-dive",
  step_name: "Past-project deep dive",
  starts_at: "2031-05-13T20:00:00Z",
  ends_at: "2031-05-13T21:00:00Z",
  time_zone: "America/New_York",
  status: "scheduled",
  sequence: 0,
  panel: [
    {
      person_id: "p-ana",
      name: "Ana Ruiz",
      time_zone: "America/New_York",
      mine: true,
      due_at: "2031-05-14T21:00:00Z",
      feedback: "due",
      draft_started: false,
    },
  ],
};

afterEach(() => clearMocks());

describe("ScorecardDialog", () => {
  it("shows my deadline and when the interview ended in the user's zone, named", async () => {
    vi.setSystemTime(new Date(NOW));
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
      if (cmd === "get_role") return { role: roleOf("r1", "Backend Engineer", { plan: { steps: [step], competencies: [], feedback_hours: 24, stage_slas: [] } }), applications: [] };
      if (cmd === "interviews_for_application") return [interview];
      if (cmd === "get_feedback_visibility") return "after_own";
      return emptyRead(cmd);
    });
    renderInApp(<ScorecardDialog target={{ applicationId: "a1", roleId: "r1", candidateName: "Grace Hopper", roleTitle: "Backend Engineer", stepId: "deep-dive" }} onClose={() => {}} />);
    const deadline = await screen.findByText(/the interview ended/);
    expect(deadline.textContent).toContain("23:00");
    expect(deadline.textContent).toContain("GMT+2");
    expect(deadline.textContent).not.toContain("17:00");
    expect(deadline.textContent).not.toContain("EDT");
  });
});
