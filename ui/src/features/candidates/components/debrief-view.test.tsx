import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen } from "@testing-library/react";
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

function openDebrief() {
  mockIPC((cmd) => (cmd === "get_debrief" ? debrief : null));
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
