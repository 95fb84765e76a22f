// Issue 12.5: "Remove" turned into "Remove X?" on the same button, so a double click removed the
// person. Removing now asks in a dialog that starts on Keep.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { Person } from "../../../lib/types";
import { emptyRead } from "../../../test/fixtures";
import { renderInApp } from "../../../test/render-in-app";
import { PeoplePage } from "./people-page";

const AT = "2031-05-10T10:00:00Z";
const raj: Person = { id: "p-raj", name: "Raj Iyer", email: "raj@example.com", time_zone: "Asia/Kolkata", plays: ["interviewer"], created_at: AT, updated_at: AT };

afterEach(() => clearMocks());

describe("removing a person", () => {
  it("never happens on a double click, and asks in words first", async () => {
    const deleted: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_people") return deleted.includes("p-raj") ? [] : [raj];
      if (cmd === "delete_person") {
        deleted.push((args as { id: string }).id);
        return null;
      }
      return emptyRead(cmd);
    });
    renderInApp(<PeoplePage />);
    const remove = await screen.findByRole("button", { name: "Remove…" });
    fireEvent.click(remove);
    fireEvent.click(remove);
    const dialog = await screen.findByRole("dialog", { name: "Remove Raj Iyer?" });
    expect(deleted, "a double click removes nobody").toEqual([]);
    expect(document.activeElement?.textContent, "the question starts on the safe answer").toBe("Keep");
    expect(dialog.textContent).toMatch(/history they wrote keeps their name/);
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove from the directory" }));
    await waitFor(() => expect(deleted).toEqual(["p-raj"]));
  });
});
