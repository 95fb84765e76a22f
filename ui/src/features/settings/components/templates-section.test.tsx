import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { TemplatesSection } from "./templates-section";

afterEach(() => clearMocks());

describe("TemplatesSection", () => {
  it("deletes a letter template with an Undo that saves it again as it was", async () => {
    const mine = { id: "t1", name: "Berlin letter", body: "Dear {{ candidate.first_name }}", built_in: false };
    let list = [{ id: "default", name: "Default", body: "", built_in: true }, mine];
    const saves: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return settingsAt("2031-05-14T09:00:00Z", "Europe/Berlin");
      if (cmd === "offer_templates") return list;
      if (cmd === "delete_offer_template") {
        list = list.filter((t) => t.id !== "t1");
        return null;
      }
      if (cmd === "save_offer_template") {
        saves.push(args);
        list = [...list, { ...mine, id: "t2" }];
        return { ...mine, id: "t2" };
      }
      return null;
    });
    renderInApp(<TemplatesSection kind="offer" />);
    await screen.findByText("Berlin letter");
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Deleted the template “Berlin letter”.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(saves).toEqual([{ id: null, name: "Berlin letter", body: "Dear {{ candidate.first_name }}" }]));
    expect(await screen.findByText("Berlin letter")).toBeTruthy();
  });
});
