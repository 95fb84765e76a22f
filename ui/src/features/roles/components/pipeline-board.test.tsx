import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Board, BoardCard } from "../../../lib/types";
import { ToastProvider } from "../../../components/toast";
import { press } from "../../../test/keyboard";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { PipelineBoard } from "./pipeline-board";

function card(id: string, name: string, stage: BoardCard["stage"], extra: Partial<BoardCard> = {}): BoardCard {
  return {
    application_id: id,
    candidate_id: `c-${id}`,
    name,
    current: "Staff Engineer · Stripe",
    stage,
    stage_entered_at: "2026-11-20T10:00:00Z",
    stage_reason: null,
    score: 82,
    risks: 1,
    next_interview: null,
    feedback: { submitted: 1, expected: 2, overdue: 1 },
    sla_due_at: "2026-11-22T10:00:00Z",
    stalled: true,
    screen: null,
    ...extra,
  };
}

const board: Board = {
  role_id: "role-1",
  role_title: "Platform Engineer",
  slas: [{ stage: "applied", days: 3 }],
  cards: [card("a1", "Grace Hopper", "applied"), card("a2", "Alan Turing", "applied", { stalled: false, risks: 0, score: null })],
};

function renderBoard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <PipelineBoard roleId="role-1" />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => clearMocks());

describe("PipelineBoard", () => {
  it("shows each card's facts and marks stalled cards in words, not colour alone", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    renderBoard();
    const item = await screen.findByLabelText("Grace Hopper, Applied, stalled");
    expect(item.textContent).toContain("Staff Engineer · Stripe");
    expect(item.textContent).toContain("⚠ Stalled");
    expect(item.textContent).toContain("1 flag");
    expect(item.textContent).toContain("1/2 scorecards, 1 late");
    expect(screen.getByText("1 stalled", { exact: false })).toBeTruthy();
  });

  it("moves the focused card one stage on with Shift+→ and offers undo", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_board") return board;
      if (cmd === "move_stages") {
        calls.push(args);
        return [];
      }
      return null;
    });
    renderBoard();
    const alan = await screen.findByLabelText("Alan Turing, Applied");
    alan.focus();
    fireEvent.keyDown(alan, { key: "ArrowRight", shiftKey: true });
    // Said twice on purpose: in the toast, and to screen readers through the live region.
    expect(await screen.findAllByText("Alan Turing moved to Profile review.")).toHaveLength(2);
    expect(calls).toEqual([{ applicationIds: ["a2"], to: "profile_review", reason: null }]);
    expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
  });

  it("keeps focus on a card it moved with Shift+→, so a second Shift+→ moves it again", async () => {
    // The store's side: a move changes where the card is, and the board reads it back.
    let cards = board.cards;
    const moves: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_board") return { ...board, cards };
      if (cmd === "move_stages") {
        const { applicationIds, to } = args as { applicationIds: string[]; to: BoardCard["stage"] };
        moves.push(to);
        cards = cards.map((c) => (applicationIds.includes(c.application_id) ? { ...c, stage: to } : c));
        // A real write takes a moment: the board renders while it is under way.
        return new Promise((resolve) => setTimeout(() => resolve([]), 20));
      }
      return null;
    });
    renderBoard();
    const alan = await screen.findByLabelText("Alan Turing, Applied");
    alan.focus();
    press("ArrowRight", { shiftKey: true });
    const moved = await screen.findByLabelText("Alan Turing, Profile review");
    await waitFor(() => expect(document.activeElement, "the card keeps focus in its new column").toBe(moved));
    press("ArrowRight", { shiftKey: true });
    await screen.findByLabelText("Alan Turing, Technical screen");
    expect(moves).toEqual(["profile_review", "technical_screen"]);
  });

  it("does not move the board when a card is selected: the selection bar has its place already", async () => {
    mockIPC((cmd) => (cmd === "get_board" ? board : null));
    const { container } = renderBoard();
    const alan = await screen.findByLabelText("Alan Turing, Applied");
    const toolbar = container.querySelector(".board-toolbar");
    const layout = () => Array.from(toolbar?.children ?? []).map((c) => c.className.split(" ")[0]);
    const before = layout();
    const height = alan.style.height;
    alan.focus();
    press(" ");
    expect(alan.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("1 selected")).toBeTruthy();
    expect(layout(), "nothing appeared above the board").toEqual(before);
    expect(screen.getByLabelText("Alan Turing, Applied").style.height, "the card kept its size").toBe(height);
  });

  it("asks for a reason before a bulk reject of the selection", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_board") return board;
      if (cmd === "move_stages") {
        calls.push(args);
        return [];
      }
      return null;
    });
    renderBoard();
    fireEvent.click(await screen.findByLabelText("Select Grace Hopper"));
    fireEvent.click(screen.getByLabelText("Select Alan Turing"));
    expect(screen.getByText("2 selected")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Reject…" }));
    fireEvent.change(await screen.findByLabelText("Reason (required)"), { target: { value: "Needs on-call experience" } });
    fireEvent.click(screen.getByRole("button", { name: "Reject candidate" }));
    expect(await screen.findAllByText("2 candidates moved to Rejected.")).toHaveLength(2);
    await waitFor(() => expect(calls).toEqual([{ applicationIds: ["a1", "a2"], to: "rejected", reason: "Needs on-call experience" }]));
  });
});

describe("PipelineBoard in the user's zone", () => {
  // 07:00 on Monday 30 November in Berlin (the user's zone); 22:00 on Sunday in Los Angeles.
  const NOW = "2026-11-30T06:00:00Z";
  const timed: Board = {
    ...board,
    cards: [
      card("a3", "Ada Lovelace", "interviews", {
        // 23:30 last night in Berlin: one calendar day there, "today" in Los Angeles.
        stage_entered_at: "2026-11-29T22:30:00Z",
        stalled: false,
        sla_due_at: null,
        // 00:15 on Tuesday in Berlin; 15:15 on Monday in Los Angeles.
        next_interview: { interview_id: "i1", step_name: "System design", starts_at: "2026-11-30T23:15:00Z" },
      }),
    ],
  };

  function mockBoard(now: string) {
    mockIPC((cmd) => {
      if (cmd === "get_settings") return settingsAt(now, "Europe/Berlin");
      if (cmd === "get_board") return timed;
      return null;
    });
  }

  it("counts days in stage in calendar days and shows the next interview in the user's zone", async () => {
    vi.setSystemTime(new Date(NOW));
    mockBoard(NOW);
    renderInApp(<PipelineBoard roleId="role-1" />);
    const ada = await screen.findByLabelText("Ada Lovelace, Interviews");
    expect(ada.textContent).toContain("1 day in stage");
    expect(ada.querySelector("[title='Next interview: System design']")?.textContent).toBe("📅 Tue, Dec 1, 00:15");
  });

  it("counts from the app's clock, not the computer's", async () => {
    // The computer's clock says an hour before the card entered the stage; the app's says 07:00.
    vi.setSystemTime(new Date("2026-11-29T21:30:00Z"));
    mockBoard(NOW);
    renderInApp(<PipelineBoard roleId="role-1" />);
    const ada = await screen.findByLabelText("Ada Lovelace, Interviews");
    expect(ada.textContent).toContain("1 day in stage");
  });
});
