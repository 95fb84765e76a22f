// Moving around the app as a recruiter does (issue 12.4): a candidate opens over the board, Back
// and Forward work from the keyboard and the mouse's side buttons, and the candidates list marks
// the row whose details are open.
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { closeDialog } from "../lib/ui-store";
import { press } from "../test/keyboard";
import { boardOf, candidateOf, cardOf, detailOf, emptyRead, roleOf, rowOf, applicationOf } from "../test/fixtures";
import { renderInApp, settingsAt } from "../test/render-in-app";
import { Shell } from "./shell";

const role = roleOf("role-1", "Platform Engineer");
const grace = candidateOf("c-a1", "Grace Hopper");
const alan = candidateOf("c-a2", "Alan Turing");
const board = boardOf(role, [cardOf("a1", "Grace Hopper"), cardOf("a2", "Alan Turing")]);

function mockApp() {
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    switch (cmd) {
      case "get_settings":
        return settingsAt("2031-05-14T09:00:00Z", "Europe/Berlin");
      case "get_role":
        return { role, applications: [applicationOf("a1", grace, role), applicationOf("a2", alan, role)] };
      case "get_board":
        return board;
      case "list_roles":
        return [{ role, active_applications: 2, total_applications: 2, hired: 0 }];
      case "get_candidate":
        return a.id === alan.id ? detailOf(alan, [applicationOf("a2", alan, role)]) : detailOf(grace, [applicationOf("a1", grace, role)]);
      case "list_candidates":
        return { total: 2, offset: 0, rows: [rowOf(grace), rowOf(alan)] };
      default:
        return emptyRead(cmd);
    }
  }, { shouldMockEvents: true });
  // After mockIPC, which replaces the window metadata the shell's title and file drop read.
  mockWindows("main");
}

/** Lets the hash change the browser queues (links, history.back) reach the app. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
}

beforeEach(() => {
  window.location.hash = "#/roles/role-1";
});

afterEach(async () => {
  // Unmount while the mocks still answer: the shell stops listening for file drops as it goes,
  // and Tauri's unlisten runs a task later.
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
  closeDialog();
});

describe("a candidate opened from the board", () => {
  it("opens in a panel over the board, which stays in view, and × closes it", async () => {
    mockApp();
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    const card = await screen.findByLabelText("Alan Turing, Applied");
    fireEvent.click(within(card).getByRole("link", { name: "Alan Turing" }));
    await settle();
    const panel = await screen.findByRole("complementary", { name: "Candidate details" });
    expect(await within(panel).findByRole("heading", { name: "Alan Turing" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Pipeline board" }), "the board is still on screen").toBeTruthy();
    expect(window.location.hash).toBe("#/roles/role-1/candidates/c-a2");

    fireEvent.click(within(panel).getByRole("button", { name: "Close details" }));
    await settle();
    expect(screen.queryByRole("complementary", { name: "Candidate details" })).toBeNull();
    expect(screen.getByRole("group", { name: "Pipeline board" })).toBeTruthy();
  });

  it("opens with Enter on a focused card and closes with Esc", async () => {
    mockApp();
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    const card = await screen.findByLabelText("Grace Hopper, Applied");
    card.focus();
    press("Enter");
    await settle();
    const panel = await screen.findByRole("complementary", { name: "Candidate details" });
    expect(await within(panel).findByRole("heading", { name: "Grace Hopper" })).toBeTruthy();
    (document.activeElement as HTMLElement | null)?.blur();
    press("Escape");
    await settle();
    expect(screen.queryByRole("complementary", { name: "Candidate details" })).toBeNull();
    expect(window.location.hash).toBe("#/roles/role-1");
  });
});

describe("Back and Forward", () => {
  it("go back and forward with Alt+← and Alt+→", async () => {
    mockApp();
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    const card = await screen.findByLabelText("Alan Turing, Applied");
    fireEvent.click(within(card).getByRole("link", { name: "Alan Turing" }));
    await settle();
    await screen.findByRole("complementary", { name: "Candidate details" });

    press("ArrowLeft", { altKey: true });
    await settle();
    expect(window.location.hash, "Alt+← went back to the board").toBe("#/roles/role-1");
    expect(screen.queryByRole("complementary", { name: "Candidate details" })).toBeNull();

    press("ArrowRight", { altKey: true });
    await settle();
    expect(window.location.hash, "Alt+→ went forward to the candidate again").toBe("#/roles/role-1/candidates/c-a2");
    expect(await screen.findByRole("complementary", { name: "Candidate details" })).toBeTruthy();
  });

  it("go back and forward with the mouse's side buttons", async () => {
    mockApp();
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    await screen.findByLabelText("Alan Turing, Applied");
    fireEvent.click(screen.getByRole("link", { name: /Candidates/ }));
    await settle();
    await screen.findByRole("heading", { name: /Candidates/ });

    fireEvent.mouseUp(document.body, { button: 3 });
    fireEvent(document.body, new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 3 }));
    await settle();
    expect(window.location.hash, "button 3 went back once, not twice").toBe("#/roles/role-1");

    fireEvent(document.body, new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 4 }));
    await settle();
    expect(window.location.hash, "button 4 went forward").toBe("#/candidates");
  });

  it("leaves Alt+← to a text field, where it moves the cursor", async () => {
    mockApp();
    window.location.hash = "#/candidates";
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    const filter = await screen.findByLabelText("Filter candidates");
    filter.focus();
    press("ArrowLeft", { altKey: true });
    await settle();
    expect(window.location.hash).toBe("#/candidates");
  });
});

describe("the candidates list", () => {
  // jsdom lays nothing out: give the list a height, so its virtualizer renders rows.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(800);
  });
  afterEach(() => vi.restoreAllMocks());

  it("marks the row whose details are open, not the first row", async () => {
    mockApp();
    window.location.hash = "#/candidates/c-a2";
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    await screen.findByRole("complementary", { name: "Candidate details" });
    const row = (await screen.findByText("Alan Turing", { selector: "strong" })).closest("[role='row']");
    await waitFor(() => expect(row?.className).toContain("table-row-active"));
    const first = screen.getByText("Grace Hopper", { selector: "strong" }).closest("[role='row']");
    expect(first?.className, "Grace's row is not highlighted").not.toContain("table-row-active");
  });

  it("moves through the list with ↑/↓ and opens with Enter while the page has focus", async () => {
    mockApp();
    window.location.hash = "#/candidates";
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    await screen.findByText("Alan Turing", { selector: "strong" });
    (document.activeElement as HTMLElement | null)?.blur();
    press("ArrowDown");
    press("Enter");
    await settle();
    expect(window.location.hash, "↓ then Enter opened the second row").toBe("#/candidates/c-a2");
  });

  it("offers Find duplicates as a button", async () => {
    mockApp();
    window.location.hash = "#/candidates";
    renderInApp(<Shell dbPath="/tmp/nav.db" />);
    fireEvent.click(await screen.findByRole("button", { name: "Find duplicates" }));
    await settle();
    expect(window.location.hash).toBe("#/duplicates");
  });
});
