import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { OutreachDraft, OutreachFields } from "../../../lib/types";
import { ToastProvider } from "../../../components/toast";
import { OutreachDialog } from "./outreach-dialog";

const fields: OutreachFields = {
  first_name: "Grace",
  role_title: "Platform Engineer",
  team: "Payments",
  problem: "moving settlement to real-time events",
  environment: "Go services",
  cloud: "AWS",
  ownership: "the settlement service",
  signal: "",
  sender: "Sam",
};

const draft = (signal: string): OutreachDraft => ({
  to: "grace@example.com",
  subject: "Platform Engineer — Payments",
  fields: { ...fields, signal },
  text: `Hi Grace,\n\n${signal} stood out to me.`,
  error: null,
  lint: [],
});

describe("OutreachDialog", () => {
  afterEach(() => clearMocks());

  it("lints as you type and records the message with its follow-up", async () => {
    const recorded: unknown[] = [];
    mockIPC((cmd, args) => {
      const a = args as Record<string, unknown>;
      switch (cmd) {
        case "outreach_templates":
          return [{ id: "default", name: "Default", body: "", built_in: true }];
        case "outreach_draft":
          return draft("");
        case "outreach_preview":
          return draft((a.fields as OutreachFields).signal);
        case "lint_outreach":
          return (a.text as string).includes("rockstar")
            ? [{ kind: "buzzword", message: "“rockstar” reads as a mass mailing; say what the work is instead.", excerpt: "rockstar" }]
            : [];
        case "record_outreach":
          recorded.push(a.input);
          return { candidate_name: "Grace Hopper", follow_up_on: "2026-12-03" };
        default:
          return null;
      }
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <ToastProvider>
          <OutreachDialog candidateId="c1" candidateName="Grace Hopper" roles={[{ id: "r1", title: "Platform Engineer" }]} onClose={() => {}} />
        </ToastProvider>
      </QueryClientProvider>,
    );
    await screen.findByText("✓ Short, specific and about them.");
    const message = screen.getByRole("textbox", { name: /Message/ });
    fireEvent.change(message, { target: { value: "Hi Grace, we need a rockstar." } });
    await screen.findByText("“rockstar” reads as a mass mailing; say what the work is instead.", { exact: false });
    fireEvent.click(screen.getByRole("button", { name: "Record as sent" }));
    await screen.findByText("Recorded the message to Grace Hopper; follow up on Dec 3, 2026.");
    expect(recorded).toEqual([
      { candidate_id: "c1", role_id: "r1", channel: "email", subject: "Platform Engineer — Payments", body: "Hi Grace, we need a rockstar.", follow_up_days: 5 },
    ]);
  });
});
