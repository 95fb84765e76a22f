// Closing a role (issue 12.5): never by accident, never without a way back.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { Role } from "../../../lib/types";
import { emptyRead, roleOf } from "../../../test/fixtures";
import { renderInApp } from "../../../test/render-in-app";
import { RolePage } from "./role-page";

/** A role the store keeps: reads return its current state, and the status commands change it. */
function mockRole(start: Role) {
  let role = start;
  const calls: string[] = [];
  mockIPC((cmd) => {
    if (cmd === "get_role") return { role, applications: [] };
    if (cmd === "close_role" || cmd === "reopen_role") {
      calls.push(cmd);
      role = { ...role, status: cmd === "close_role" ? "closed" : "open", closed_on: cmd === "close_role" ? "2031-05-14" : null };
      return role;
    }
    return emptyRead(cmd);
  });
  return calls;
}

afterEach(() => clearMocks());

describe("closing a role", () => {
  it("asks first, says what closing does, and the toast can reopen it", async () => {
    const calls = mockRole(roleOf("role-1", "Platform Engineer"));
    renderInApp(<RolePage id="role-1" />);
    fireEvent.click(await screen.findByRole("button", { name: /Close role/ }));
    expect(calls, "nothing closed on the first click").toEqual([]);

    const confirm = screen.getByRole("dialog", { name: "Close Platform Engineer?" });
    expect(confirm.textContent).toMatch(/leaves the open roles/);
    expect(confirm.textContent).toMatch(/reopen/i);
    fireEvent.click(within(confirm).getByRole("button", { name: "Close role" }));
    await waitFor(() => expect(calls).toEqual(["close_role"]));

    const toast = await screen.findByText("Platform Engineer is closed.");
    fireEvent.click(within(toast.closest(".toast") as HTMLElement).getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(calls, "Undo reopened it").toEqual(["close_role", "reopen_role"]));
  });

  it("is not where Open role was, so a double click opens the role and nothing more", async () => {
    const calls = mockRole(roleOf("role-1", "Platform Engineer", { status: "draft" }));
    renderInApp(<RolePage id="role-1" />);
    const open = await screen.findByRole("button", { name: "Open role" });
    const bar = open.parentElement as HTMLElement;
    const slot = Array.from(bar.children).indexOf(open);
    fireEvent.click(open);
    await waitFor(() => expect(calls).toEqual(["reopen_role"]));
    await screen.findByText("Platform Engineer is open.");
    // A double click's second half comes a few hundred milliseconds later: the page shows the open role by then.
    await screen.findByText("Open", { selector: ".status-open" });
    // The second click of the double click lands on whatever now sits where Open role was.
    const there = bar.children[slot];
    if (there instanceof HTMLElement) fireEvent.click(there);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(calls, "the role stays open").toEqual(["reopen_role"]);
    expect(screen.queryByRole("dialog", { name: /Close Platform Engineer/ })).toBeNull();
  });
});

describe("while the role loads (issue 12.13)", () => {
  it("shows the page's outline at once instead of a blank area", async () => {
    // The role never arrives: what is on screen meanwhile is the outline, marked busy.
    mockIPC((cmd) => (cmd === "get_role" ? new Promise(() => {}) : emptyRead(cmd)));
    renderInApp(<RolePage id="role-1" />);
    const outline = await screen.findByLabelText("Loading the role");
    expect(outline.getAttribute("aria-busy")).toBe("true");
    expect(outline.querySelectorAll(".skeleton-bar").length).toBeGreaterThan(3);
  });
});
