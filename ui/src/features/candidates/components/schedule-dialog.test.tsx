import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { ApplicationView, PlanStep, Role } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { ScheduleDialog } from "./schedule-dialog";

// Wednesday 13 January 2027, 10:30 in Berlin (the user's zone).
const NOW = "2027-01-13T09:30:00Z";

const view: ApplicationView = {
  application: {
    id: "app-1",
    candidate_id: "cand-1",
    role_id: "role-1",
    stage: "interviews",
    stage_entered_at: "2027-01-04T10:00:00Z",
    created_at: "2027-01-02T10:00:00Z",
    updated_at: "2027-01-04T10:00:00Z",
  },
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  stage_reason: null,
};

const step: PlanStep = { id: "deep-dive", kind: "deep_dive", name: "Past-project deep dive", purpose: "", duration_minutes: 60, competencies: [], prompts: [], paths: [] };
// Only what the dialog reads from the role.
const role = { id: "role-1", title: "Platform Engineer", plan: { steps: [step], competencies: [] } } as unknown as Role;
const ben = { id: "p-ben", name: "Ben Okafor", email: "ben@example.com", time_zone: "America/New_York", plays: ["interviewer"], created_at: NOW, updated_at: NOW };

type Query = { candidate_zone?: string | null; candidate_hours?: [string, string] | null };

/** The store's side: the candidate's zone as it knows it, and every query the dialog sends. */
function backend(zone: { zone: string | null; source: string; location: string }) {
  const sent: Query[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
    if (cmd === "get_role") return { role, applications: [] };
    if (cmd === "list_people") return [ben];
    if (cmd === "candidate_windows") return [];
    if (cmd === "candidate_zone") return zone;
    if (cmd === "suggest_loop") {
      const query = (args as { query: Query }).query;
      sent.push(query);
      if (!query.candidate_zone) {
        throw { kind: "validation", message: "Which time zone is Grace Hopper in?", fields: [{ field: "candidate_zone", message: "Which time zone is Grace Hopper in? Choose it so their times are right." }] };
      }
      const [from, until] = (query.candidate_hours ?? ["09:00", "17:00"]).map((t) => t.slice(0, 5));
      return {
        candidate_zone: query.candidate_zone,
        zone_source: query.candidate_zone === zone.zone ? zone.source : "chosen",
        used_candidate_windows: false,
        candidate_hours: [`${from}:00`, `${until}:00`],
        candidate_note: `No windows entered: using Grace Hopper's working hours ${from}–${until}, Monday–Friday, ${query.candidate_zone}.`,
        // Monday 18 January, 10:00–11:00 in Los Angeles: 19:00 in Berlin.
        options: [{ slots: [{ start: "2027-01-18T18:00:00Z", end: "2027-01-18T19:00:00Z" }], days: 1, max_load: 1 }],
      };
    }
    return null;
  });
  return sent;
}

afterEach(() => clearMocks());

describe("ScheduleDialog", () => {
  it("names both sides' zones, says where the candidate's comes from, and sends the hours and zone it shows", async () => {
    vi.setSystemTime(new Date(NOW));
    const sent = backend({ zone: "America/Los_Angeles", source: "location", location: "Seattle, WA" });
    // The profile has no zone: the dialog must not fall back to the user's (Berlin).
    renderInApp(<ScheduleDialog view={view} candidateZone="" onClose={() => undefined} />);

    expect(await screen.findByText("· from their location Seattle, WA")).toBeTruthy();
    expect(screen.getByText("Candidate (America/Los_Angeles)")).toBeTruthy();
    expect(screen.getByText("You (Europe/Berlin)")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Candidate's time zone").value).toBe("America/Los_Angeles");
    // The pre-filled working hours are real: they go with the query.
    expect(screen.getByLabelText<HTMLInputElement>("Candidate's hours from").value).toBe("09:00");
    expect(screen.getByLabelText<HTMLInputElement>("Candidate's hours until").value).toBe("17:00");
    fireEvent.change(screen.getByLabelText("Candidate's hours from"), { target: { value: "10:00" } });

    fireEvent.click(await screen.findByRole("checkbox", { name: /Ben Okafor/ }));
    fireEvent.click(screen.getByRole("button", { name: "Find times" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ candidate_zone: "America/Los_Angeles", candidate_hours: ["10:00", "17:00"] });

    expect(await screen.findByText("No windows entered: using Grace Hopper's working hours 10:00–17:00, Monday–Friday, America/Los_Angeles.")).toBeTruthy();
    const times = screen.getByRole("table");
    expect(within(times).getByRole("columnheader", { name: "You (Europe/Berlin)" })).toBeTruthy();
    expect(within(times).getByRole("columnheader", { name: "Candidate (America/Los_Angeles)" })).toBeTruthy();
    const [mine, theirs] = within(times).getAllByRole("cell");
    expect(mine?.textContent).toContain("19:00");
    expect(theirs?.textContent).toContain("10:00");
  });

  it("asks for the candidate's zone when nothing says it, and uses the one chosen here", async () => {
    vi.setSystemTime(new Date(NOW));
    const sent = backend({ zone: null, source: "unknown", location: "Remote" });
    renderInApp(<ScheduleDialog view={view} candidateZone="" onClose={() => undefined} />);

    expect(await screen.findByText("· not known: their location “Remote” does not say")).toBeTruthy();
    expect(screen.getByText("Candidate (time zone not known)")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Candidate's time zone").value).toBe("");
    fireEvent.click(await screen.findByRole("checkbox", { name: /Ben Okafor/ }));
    fireEvent.click(screen.getByRole("button", { name: "Find times" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Which time zone is Grace Hopper in?");
    expect(sent[0]?.candidate_zone).toBeNull();

    fireEvent.change(screen.getByLabelText("Candidate's time zone"), { target: { value: "America/Denver" } });
    expect(screen.getByText("Candidate (America/Denver)")).toBeTruthy();
    expect(screen.getByText("· chosen here")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Find times" }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ candidate_zone: "America/Denver", candidate_hours: ["09:00", "17:00"] });
    expect(await screen.findByRole("columnheader", { name: "Candidate (America/Denver)" })).toBeTruthy();
  });
});
