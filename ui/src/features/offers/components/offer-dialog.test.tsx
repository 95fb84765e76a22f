import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { ApplicationView, OfferTerms, OfferView, Role } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { OfferDialog } from "./offer-dialog";

// 00:30 on Monday 30 November 2026 in Berlin (the user's zone): still Sunday the 29th, 15:30,
// in Los Angeles (the test machine's zone).
const NOW = "2026-11-29T23:30:00Z";

const view: ApplicationView = {
  application: {
    id: "app-1",
    candidate_id: "cand-1",
    role_id: "role-1",
    stage: "offer",
    stage_entered_at: "2026-11-20T10:00:00Z",
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
  },
  candidate_name: "Grace Hopper",
  role_title: "Platform Engineer",
  stage_reason: null,
};

// Only what the offer dialog reads from the role.
const role = {
  id: "role-1",
  title: "Platform Engineer",
  level: "Senior",
  intake: { comp_min: 9_000_000, comp_max: 11_000_000, currency: "EUR", impact_first_focus: "The settlement service", impact_collaboration: "The payments team" },
} as unknown as Role;

const terms: OfferTerms = {
  title: "Platform Engineer",
  level: "Senior",
  base_salary: 10_000_000,
  currency: "EUR",
  bonus: "",
  equity: "",
  start_date: "2027-01-04",
  location: "Berlin",
  remote_policy: "Hybrid",
  expires_on: "2026-11-29",
  scope: "The settlement service",
  decision_ownership: "Service design",
  growth_path: "Staff in two years",
  team_environment: "The payments team",
};

function sent(pastExpiry: boolean): OfferView {
  return {
    id: "offer-1",
    application_id: "app-1",
    candidate_id: "cand-1",
    candidate_name: "Grace Hopper",
    role_id: "role-1",
    role_title: "Platform Engineer",
    terms,
    template_id: "default",
    approval_rule: "outside_band",
    status: "sent",
    version: 1,
    letter: "Dear Grace",
    letter_error: null,
    warnings: [],
    approval_needed: false,
    approval_reason: "Inside the band.",
    approvers: [],
    // Sent at 00:30 on 21 November in Berlin: 15:30 on the 20th in Los Angeles.
    events: [{ from_status: "approved", to_status: "sent", note: null, actor: "Ana Ruiz", at: "2026-11-20T23:30:00Z" }],
    versions: [{ version: 1, actor: "Ana Ruiz", at: "2026-11-20T23:00:00Z" }],
    past_expiry: pastExpiry,
  };
}

function mockOffer(offer: OfferView | null, actions: string[] = []) {
  mockIPC((cmd, args) => {
    switch (cmd) {
      case "offer_action":
        actions.push((args as { action: string }).action);
        return offer && { ...offer, status: "accepted" };
      case "get_settings":
        return settingsAt(NOW, "Europe/Berlin");
      case "get_offer":
        return offer;
      case "get_role":
        return { role, applications: [] };
      case "offer_templates":
        return [{ id: "default", name: "Default", body: "", built_in: true }];
      case "preview_letter":
        return { letter: "Dear Grace", error: null, warnings: [], approval_needed: false, approval_reason: "Inside the band." };
      case "render_markdown":
        return "<p>Dear Grace</p>";
      case "list_people":
        return [];
      default:
        return null;
    }
  });
}

afterEach(() => clearMocks());

describe("OfferDialog", () => {
  it("counts a new offer's start and expiry dates from today in the user's zone", async () => {
    vi.setSystemTime(new Date(NOW));
    mockOffer(null);
    renderInApp(<OfferDialog view={view} onClose={() => undefined} />);
    // Today is 30 November in Berlin (29 November in Los Angeles): expiry in 10 days, start in 45.
    const expires = await screen.findByLabelText<HTMLInputElement>("Offer expires on");
    expect(expires.value).toBe("2026-12-10");
    expect(screen.getByLabelText<HTMLInputElement>("Start date").value).toBe("2027-01-14");
  });

  it("flags an offer past its expiry date as the store says, and dates its history in the user's zone", async () => {
    vi.setSystemTime(new Date(NOW));
    mockOffer(sent(true));
    renderInApp(<OfferDialog view={view} onClose={() => undefined} />);
    expect(await screen.findByText(/Past its expiry date/)).toBeTruthy();
    const history = screen.getByRole("heading", { name: "History" }).parentElement;
    expect(history?.textContent).toContain("Nov 21, 2026, 00:30 · Ana Ruiz");
  });

  it("does not second-guess the store when it says the offer has not expired", async () => {
    // 29 November has ended in Berlin, but whether that is past expiry is the store's call.
    vi.setSystemTime(new Date(NOW));
    mockOffer(sent(false));
    renderInApp(<OfferDialog view={view} onClose={() => undefined} />);
    await screen.findByRole("heading", { name: "History" });
    expect(screen.queryByText(/Past its expiry date/)).toBeNull();
  });

  it("asks before an offer is accepted, and says the candidate moves to Hired", async () => {
    vi.setSystemTime(new Date(NOW));
    const actions: string[] = [];
    mockOffer(sent(false), actions);
    renderInApp(<OfferDialog view={view} onClose={() => undefined} />);
    fireEvent.click(await screen.findByRole("button", { name: "Accepted…" }));
    expect(actions, "nothing recorded on the first click").toEqual([]);
    const confirm = screen.getByRole("dialog", { name: "Record the offer as accepted?" });
    expect(confirm.textContent).toMatch(/Grace Hopper moves to Hired/);
    expect(confirm.textContent).toMatch(/cannot be undone/);
    fireEvent.click(within(confirm).getByRole("button", { name: "Record acceptance" }));
    await waitFor(() => expect(actions).toEqual(["accept"]));
  });

  it("asks before an offer is declined or expired, each naming what follows", async () => {
    vi.setSystemTime(new Date(NOW));
    const actions: string[] = [];
    mockOffer(sent(false), actions);
    renderInApp(<OfferDialog view={view} onClose={() => undefined} />);
    fireEvent.click(await screen.findByRole("button", { name: "Declined…" }));
    expect(screen.getByRole("dialog", { name: "Record the offer as declined?" }).textContent).toMatch(/final/);
    fireEvent.click(screen.getByRole("button", { name: "Keep the offer open" }));
    fireEvent.click(screen.getByRole("button", { name: "Expired…" }));
    expect(screen.getByRole("dialog", { name: "Mark the offer as expired?" })).toBeTruthy();
    expect(actions).toEqual([]);
  });
});
