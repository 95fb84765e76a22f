import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { Outreach } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { OutreachList } from "./outreach-list";

afterEach(() => clearMocks());

const sent: Outreach = {
  id: "o1",
  candidate_id: "c1",
  candidate_name: "Grace Hopper",
  role_id: "r1",
  role_title: "Platform Engineer",
  channel: "email",
  subject: "Platform Engineer — Payments",
  body: "Hi Grace",
  sent_on: "2031-05-10",
  follow_up_on: "2031-05-15",
  response: null,
  responded_on: null,
  actor: "Ana Ruiz",
  created_at: "2031-05-10T09:00:00Z",
};

describe("OutreachList", () => {
  it("lets a response recorded by mistake be changed", async () => {
    let row = sent;
    const responses: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return settingsAt("2031-05-14T09:00:00Z", "Europe/Berlin");
      if (cmd === "outreach_for_candidate") return [row];
      if (cmd === "set_outreach_response") {
        const response = (args as { response: Outreach["response"] }).response;
        responses.push(String(response));
        row = { ...row, response, responded_on: "2031-05-14" };
        return row;
      }
      return null;
    });
    renderInApp(<OutreachList candidateId="c1" />);
    fireEvent.click(await screen.findByRole("button", { name: "No" }));
    expect(await screen.findByText("Response: No")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Change response…" }));
    fireEvent.click(screen.getByRole("button", { name: "Interested" }));
    expect(await screen.findByText("Response: Interested")).toBeTruthy();
    await waitFor(() => expect(responses).toEqual(["no", "interested"]));
  });
});
