import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { ApplicationView, PlanStep, Role } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { InterviewDialog } from "./interview-dialog";

// 11:40 on Monday 30 November 2026 in Kolkata (the user's zone); 22:10 on Sunday in Los Angeles.
const NOW = "2026-11-30T06:10:00Z";

const view: ApplicationView = {
  application: {
    id: "app-1",
    candidate_id: "cand-1",
    role_id: "role-1",
    stage: "interviews",
    stage_entered_at: "2026-11-20T10:00:00Z",
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
  },
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  stage_reason: null,
};

const step: PlanStep = { id: "deep-dive", kind: "deep_dive", name: "Past-project deep dive", purpose: "", duration_minutes: 60, competencies: [], prompts: [], paths: [] };
// Only what the dialog reads from the role.
const role = { id: "role-1", title: "Platform Engineer", plan: { steps: [step], competencies: [] } } as unknown as Role;

afterEach(() => clearMocks());

describe("InterviewDialog", () => {
  it("starts a new interview at the next whole hour of the user's zone, in that zone", async () => {
    vi.setSystemTime(new Date(NOW));
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Asia/Kolkata", { me: null });
      if (cmd === "get_role") return { role, applications: [] };
      if (cmd === "list_people") return [];
      if (cmd === "schedule_interview") {
        sent.push((args as { input: unknown }).input);
        throw { kind: "validation", message: "Some fields need attention.", fields: [{ field: "interviewer_ids", message: "Choose at least one interviewer." }] };
      }
      return null;
    });
    renderInApp(<InterviewDialog view={view} onClose={() => undefined} />);
    // Los Angeles would say 2026-11-29T23:00; whole UTC hours would say 12:30 in Kolkata.
    expect((await screen.findByLabelText<HTMLInputElement>("Starts")).value).toBe("2026-11-30T12:00");
    expect(screen.getByLabelText<HTMLInputElement>("Time zone").value).toBe("Asia/Kolkata");
    await screen.findByRole("option", { name: "Past-project deep dive" });
    fireEvent.click(screen.getByRole("button", { name: "Log interview" }));
    await waitFor(() => expect(sent).toEqual([{ application_id: "app-1", step_id: "deep-dive", local_start: "2026-11-30T12:00", time_zone: "Asia/Kolkata", duration_minutes: 60, interviewer_ids: [] }]));
  });
});
