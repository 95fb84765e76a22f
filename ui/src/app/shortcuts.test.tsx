import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../components/toast";
import { PipelineBoard } from "../features/roles/components/pipeline-board";
import { closeDialog, useDialog } from "../lib/ui-store";
import type { Board, BoardCard } from "../lib/types";
import { press, typeText } from "../test/keyboard";
import type { Route } from "./router";
import { useGlobalShortcuts } from "./shortcuts";

function card(id: string, name: string): BoardCard {
  return {
    application_id: id,
    candidate_id: `c-${id}`,
    name,
    current: "Staff Engineer · Stripe",
    stage: "applied",
    stage_entered_at: "2031-05-10T10:00:00Z",
    stage_reason: null,
    score: null,
    risks: 0,
    next_interview: null,
    feedback: { submitted: 0, expected: 0, overdue: 0 },
    sla_due_at: null,
    stalled: false,
    screen: null,
  };
}

const board: Board = { role_id: "role-1", role_title: "Platform Engineer", slas: [], cards: [card("a1", "Grace Hopper"), card("a2", "Alan Turing")] };

/** The role page as far as the keyboard is concerned: the global shortcuts, a filter, the board. */
function RolePage() {
  const route: Route = { page: "role", id: "role-1" };
  useGlobalShortcuts(route);
  const dialog = useDialog();
  return (
    <>
      <label htmlFor="page-filter">Filter</label>
      <input id="page-filter" />
      <output data-testid="global-dialog">{dialog.kind}</output>
      <PipelineBoard roleId="role-1" />
    </>
  );
}

function renderRolePage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RolePage />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

/** Which global dialog (New candidate, Edit role, palette, …) the shortcuts opened, if any. */
const globalDialog = () => screen.getByTestId("global-dialog").textContent;

afterEach(() => {
  clearMocks();
  closeDialog();
});

describe("single-key shortcuts and dialogs", () => {
  it("types a reject reason after R: Space does not close the dialog and n does not open New candidate", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    renderRolePage();
    const grace = await screen.findByLabelText("Grace Hopper, Applied");
    grace.focus();
    press("r");
    const reason = screen.getByLabelText("Reason (required)");
    expect(document.activeElement, "the reason field has focus as the dialog opens").toBe(reason);
    typeText("Too junior");
    expect((reason as HTMLTextAreaElement).value, "every key, the space included, went into the reason").toBe("Too junior");
    expect(screen.getByRole("dialog", { name: "Reject Grace Hopper" }), "the dialog is still open").toBeTruthy();
    expect(globalDialog(), "the n of junior did not open New candidate").toBe("none");
  });

  it("runs no page shortcut for a letter typed in a dialog, wherever the focus is inside it", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    renderRolePage();
    const grace = await screen.findByLabelText("Grace Hopper, Applied");
    grace.focus();
    press("r");
    typeText("e");
    expect(globalDialog(), "e in the reason field did not open Edit role").toBe("none");
    // On a button in the dialog, not a text field: the dialog still owns the keyboard.
    screen.getByRole("button", { name: "Reject candidate" }).focus();
    for (const key of ["e", "n", "i", "?", "/", "g", "r"]) press(key);
    expect(globalDialog(), "no shortcut ran behind the dialog").toBe("none");
    expect(screen.getByRole("dialog", { name: "Reject Grace Hopper" })).toBeTruthy();
  });

  it("does not run a shortcut typed into a text field on the page, but runs it on the page", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    renderRolePage();
    await screen.findByLabelText("Grace Hopper, Applied");
    const filter = screen.getByLabelText("Filter") as HTMLInputElement;
    filter.focus();
    typeText("ne");
    expect(filter.value).toBe("ne");
    expect(globalDialog(), "letters typed in a field are text").toBe("none");
    filter.blur();
    press("n");
    expect(globalDialog(), "N on the page creates a candidate").toBe("new-candidate");
  });

  it("leaves the card's own keys alone while its dialog is open", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    renderRolePage();
    const grace = await screen.findByLabelText("Grace Hopper, Applied");
    grace.focus();
    press("r");
    // Focus somehow back on the card (a click through, a test driver): W must not swap the dialog.
    grace.focus();
    press("w");
    press(" ");
    expect(screen.getByRole("dialog", { name: "Reject Grace Hopper" }), "R's dialog is still the one open").toBeTruthy();
    expect(grace.getAttribute("aria-selected"), "Space did not select the card behind the dialog").toBe("false");
  });
});
