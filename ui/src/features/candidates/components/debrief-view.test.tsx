import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../../../components/toast";
import type { ApplicationView } from "../../../lib/types";
import { press, typeText } from "../../../test/keyboard";
import { DebriefView } from "./debrief-view";

const view: ApplicationView = {
  application: {
    id: "app-1",
    candidate_id: "cand-1",
    role_id: "role-1",
    stage: "debrief",
    stage_entered_at: "2031-05-10T10:00:00Z",
    created_at: "2031-05-01T10:00:00Z",
    updated_at: "2031-05-10T10:00:00Z",
  },
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  stage_reason: null,
};

const debrief = {
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  columns: ["Ana · System design", "Ben · Coding"],
  rows: [
    {
      competency_id: "design",
      competency: "System design",
      cells: [
        { interviewer_name: "Ana", step_id: "s1", score: 4, evidence: "Sharded the queue by tenant." },
        { interviewer_name: "Ben", step_id: "s2", score: 2, evidence: "Missed back-pressure." },
      ],
      spread: 2,
      disagreement: true,
    },
  ],
  verdicts: [
    { interviewer_name: "Ana", step_id: "s1", recommendation: "yes", takeaways: "" },
    { interviewer_name: "Ben", step_id: "s2", recommendation: "no", takeaways: "" },
  ],
  missing: [],
  must_haves: ["Owns production systems"],
  reject_if: "",
};

/** The candidate panel's part: a button that opens the debrief, which closes back to it. */
function Panel() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Debrief
      </button>
      {open && <DebriefView view={view} onClose={() => setOpen(false)} />}
    </>
  );
}

function openDebrief(recorded: unknown[] = []) {
  mockIPC((cmd, args) => {
    if (cmd === "get_debrief") return debrief;
    if (cmd === "record_decision") {
      recorded.push(args);
      return { ...view, application: { ...view.application, stage: "offer" } };
    }
    return null;
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <Panel />
      </ToastProvider>
    </QueryClientProvider>,
  );
  const opener = screen.getByRole("button", { name: "Debrief" });
  opener.focus();
  fireEvent.click(opener);
  return opener;
}

const debriefDialog = () => screen.queryByRole("dialog", { name: "Debrief: Grace Hopper" });

afterEach(() => clearMocks());

describe("DebriefView keyboard", () => {
  it("leaves presentation mode on Esc and keeps the debrief open; a second Esc closes it", async () => {
    const opener = openDebrief();
    await screen.findByText("System design");
    fireEvent.click(screen.getByRole("button", { name: "Presentation mode" }));
    expect(debriefDialog()?.getAttribute("data-presenting")).toBe("true");
    screen.getByRole("rowheader", { name: /System design/ }).focus();
    press("Escape");
    expect(debriefDialog(), "Esc left presentation mode only").toBeTruthy();
    expect(debriefDialog()?.getAttribute("data-presenting")).toBe("false");
    press("Escape");
    expect(debriefDialog(), "the second Esc closed the debrief").toBeNull();
    expect(document.activeElement, "focus went back to the Debrief button").toBe(opener);
  });

  it("opens with focus inside the debrief, not on Close, and keeps Tab inside it", async () => {
    openDebrief();
    await screen.findByText("System design");
    const dialog = debriefDialog();
    expect(dialog?.contains(document.activeElement), "focus starts in the debrief").toBe(true);
    expect(document.activeElement).not.toBe(screen.getByRole("button", { name: "Close" }));
    screen.getByRole("button", { name: "Record decision" }).focus();
    press("Tab");
    expect(dialog?.contains(document.activeElement), "Tab from the last control stays in the debrief").toBe(true);
  });

  it("asks before Esc throws away a typed rationale", async () => {
    openDebrief();
    (await screen.findByLabelText("Rationale")).focus();
    typeText("Strong on design");
    press("Escape");
    expect(screen.getByRole("alertdialog", { name: "Discard your changes?" })).toBeTruthy();
    expect(debriefDialog(), "the debrief stays open while it asks").toBeTruthy();
  });
});

describe("DebriefView decision", () => {
  it("preselects no decision", async () => {
    openDebrief();
    const group = await screen.findByRole("radiogroup", { name: "Decision" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["advance_to_offer", "reject", "hold"]);
    expect(
      radios.filter((r) => (r as HTMLInputElement).checked),
      "nothing is chosen until someone chooses",
    ).toEqual([]);
  });

  it("asks for a choice beside the radios instead of recording without one", async () => {
    const recorded: unknown[] = [];
    openDebrief(recorded);
    (await screen.findByLabelText("Rationale")).focus();
    typeText("Strong on design");
    fireEvent.click(screen.getByRole("button", { name: "Record decision" }));
    const group = screen.getByRole("radiogroup", { name: "Decision" });
    const message = screen.getByText("Choose a decision: advance to offer, reject or hold.");
    expect(group.getAttribute("aria-describedby"), "the group points at the message").toBe(message.closest("[id]")?.id);
    expect(group.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement, "focus moved to the first choice").toBe(within(group).getByRole("radio", { name: "Advance to offer" }));
    expect(recorded, "nothing was recorded").toEqual([]);

    fireEvent.click(within(group).getByRole("radio", { name: "Advance to offer" }));
    expect(screen.queryByText("Choose a decision: advance to offer, reject or hold."), "choosing clears the message").toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Record decision" }));
    await waitFor(() => expect(recorded).toEqual([{ applicationId: "app-1", decision: "advance_to_offer", rationale: "Strong on design" }]));
  });
});
