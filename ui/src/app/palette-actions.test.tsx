// The palette acts on the page on screen (issue 12.11): on a candidate, the dialogs of the
// candidate's panel; on a role, the role's own actions.
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { closeDialog } from "../lib/ui-store";
import { applicationOf, candidateOf, detailOf, emptyRead, roleOf } from "../test/fixtures";
import { press, typeText } from "../test/keyboard";
import { renderInApp, settingsAt } from "../test/render-in-app";
import { Shell } from "./shell";

const role = roleOf("role-1", "Platform Engineer");
const grace = candidateOf("c-1", "Grace Hopper");

function mockApp() {
  mockIPC(
    (cmd) => {
      switch (cmd) {
        case "get_settings":
          return settingsAt("2031-05-14T09:00:00Z", "Europe/Berlin");
        case "get_role":
          return { role, applications: [] };
        case "list_roles":
          return [{ role, active_applications: 1, total_applications: 1, hired: 0 }];
        case "get_candidate":
          return detailOf(grace, [applicationOf("a1", grace, role, "interviews")]);
        default:
          return emptyRead(cmd);
      }
    },
    { shouldMockEvents: true },
  );
  mockWindows("main");
}

/** The palette's options for what was typed, by label. */
function options(): string[] {
  const list = screen.getByRole("listbox");
  return within(list)
    .queryAllByRole("option")
    .map((o) => o.querySelector("span")?.textContent ?? "");
}

afterEach(async () => {
  // Unmount while the mocks still answer: the shell stops listening for file drops as it goes,
  // and Tauri's unlisten runs a task later.
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
  closeDialog();
});

describe("palette actions in context", () => {
  it("offers the candidate's dialogs on a candidate and opens the debrief", async () => {
    window.location.hash = "#/candidates/c-1";
    mockApp();
    renderInApp(<Shell dbPath="/tmp/palette.db" />);
    await screen.findByRole("heading", { name: "Grace Hopper" });
    press("k", { ctrlKey: true });
    const labels = options();
    for (const label of ["Open debrief", "Schedule interviews…", "Log interview…", "Offer…", "Outreach…"]) expect(labels, label).toContain(label);
    typeText("debrief");
    press("Enter");
    expect(await screen.findByRole("dialog", { name: "Debrief: Grace Hopper" })).toBeTruthy();
  });

  it("offers the role's actions on a role", async () => {
    window.location.hash = "#/roles/role-1";
    mockApp();
    renderInApp(<Shell dbPath="/tmp/palette.db" />);
    await screen.findByRole("heading", { name: "Platform Engineer" });
    press("k", { ctrlKey: true });
    const labels = options();
    for (const label of ["Edit role…", "Close role…", "Import resumes into this role…"]) expect(labels, label).toContain(label);
    typeText("close role");
    press("Enter");
    expect(await screen.findByRole("dialog", { name: "Close Platform Engineer?" }), "closing asks first, from the palette too").toBeTruthy();
  });
});
