import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { ApplicationView } from "../lib/types";
import { StageActions, targetOf } from "./stage-actions";
import { ToastProvider } from "./toast";

const view: ApplicationView = {
  application: {
    id: "app-1",
    candidate_id: "cand-1",
    role_id: "role-1",
    stage: "interviews",
    stage_entered_at: "2026-11-20T10:00:00Z",
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
  },
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  stage_reason: null,
};

function renderActions() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <StageActions target={targetOf(view)} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => clearMocks());

describe("StageActions", () => {
  it("advances to the next stage through the move_stage command and offers undo", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "move_stage") {
        calls.push(args);
        return { ...view, application: { ...view.application, stage: "debrief" } };
      }
      return null;
    });
    renderActions();
    fireEvent.click(screen.getByRole("button", { name: "→ Debrief" }));
    await screen.findByText("Grace Hopper moved to Debrief.");
    expect(calls).toEqual([{ input: { application_id: "app-1", to: "debrief", reason: null } }]);
    expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
  });

  it("asks for a reason before rejecting and shows the server's field error", async () => {
    mockIPC((cmd, args) => {
      if (cmd !== "move_stage") return null;
      const input = (args as { input: { reason: string | null } }).input;
      if (!input.reason?.trim()) {
        throw { kind: "validation", message: "Say why the candidate is rejected.", fields: [{ field: "reason", message: "Say why the candidate is rejected." }] };
      }
      return { ...view, application: { ...view.application, stage: "rejected" }, stage_reason: input.reason };
    });
    renderActions();
    fireEvent.click(screen.getByRole("button", { name: "Reject" }));
    fireEvent.click(await screen.findByRole("button", { name: "Reject candidate" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Say why the candidate is rejected.");
    fireEvent.change(screen.getByLabelText("Reason (required)"), { target: { value: "No system design depth" } });
    fireEvent.click(screen.getByRole("button", { name: "Reject candidate" }));
    await screen.findByText("Grace Hopper moved to Rejected.");
    await waitFor(() => expect(screen.queryByRole("button", { name: "Reject candidate" })).toBeNull());
  });
});
