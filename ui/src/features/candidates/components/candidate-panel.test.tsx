// The panel's actions fit two rows in a narrow window: the stage moves, the step the stage calls
// for, scorecards, debrief, and a "More…" menu with the rest (issue 12.10).
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { Stage } from "../../../lib/types";
import { press } from "../../../test/keyboard";
import { applicationOf, candidateOf, detailOf, emptyRead, roleOf } from "../../../test/fixtures";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { CandidatePanel } from "./candidate-panel";

const grace = candidateOf("c-1", "Grace Hopper");
const inRole = (id: string, title: string, stage: Stage) => applicationOf(id, grace, roleOf(`role-${id}`, title), stage);

function openPanel() {
  const detail = detailOf(grace, [inRole("a1", "Platform Engineer", "interviews"), inRole("a2", "Data Engineer", "debrief")]);
  mockIPC((cmd) => {
    if (cmd === "get_settings") return settingsAt("2031-05-14T09:00:00Z", "Europe/Berlin");
    if (cmd === "get_candidate") return detail;
    return emptyRead(cmd);
  });
  renderInApp(<CandidatePanel id={grace.id} onClose={() => undefined} />);
}

const card = (role: string) => screen.getByText(role, { selector: "strong" }).closest("li") as HTMLElement;

afterEach(() => clearMocks());

describe("CandidatePanel actions", () => {
  it("keeps the step each stage calls for in view and the rest in a More… menu", async () => {
    openPanel();
    await screen.findByRole("heading", { name: "Grace Hopper" });
    const interviewing = within(card("Platform Engineer"));
    expect(interviewing.getByRole("button", { name: "Schedule…" })).toBeTruthy();
    expect(interviewing.queryByRole("button", { name: "Offer…" }), "an offer waits in the menu while interviews go on").toBeNull();
    const debriefing = within(card("Data Engineer"));
    expect(debriefing.getByRole("button", { name: "Offer…" }), "after the debrief the offer is the next step").toBeTruthy();
    expect(debriefing.queryByRole("button", { name: "Schedule…" })).toBeNull();
    for (const name of ["Scorecards", "Debrief"]) expect(debriefing.getByRole("button", { name })).toBeTruthy();
    expect(screen.getByRole("button", { name: "More actions for Grace Hopper" }).getAttribute("aria-haspopup")).toBe("menu");
  });

  it("logs an interview from the keyboard through More…, and the dialog hands focus back to it", async () => {
    openPanel();
    await screen.findByRole("heading", { name: "Grace Hopper" });
    const more = within(card("Platform Engineer")).getByRole("button", { name: "More actions for Platform Engineer" });
    more.focus();
    press("ArrowDown");
    const menu = screen.getByRole("menu", { name: "More actions for Platform Engineer" });
    expect(within(menu).getAllByRole("menuitem").map((i) => i.textContent)).toEqual(["Offer…", "Log interview", "Message"]);
    press("ArrowDown");
    expect(document.activeElement?.textContent).toBe("Log interview");
    press("Enter");
    expect(await screen.findByRole("dialog", { name: "Log an interview: Grace Hopper" })).toBeTruthy();
    expect(screen.queryByRole("menu"), "the menu closed").toBeNull();
    press("Escape");
    expect(screen.queryByRole("dialog", { name: "Log an interview: Grace Hopper" })).toBeNull();
    expect(document.activeElement, "focus went back to More…, not to the page").toBe(more);
  });
});
