import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { SearchHit, SearchResults } from "../../../lib/types";
import { renderInApp, settingsAt } from "../../../test/render-in-app";
import { SearchPage } from "./search-page";

const NOW = "2031-05-14T09:00:00Z";

function hit(i: number): SearchHit {
  return {
    candidate_id: `c${i}`,
    full_name: `Person ${i}`,
    headline: "Backend Engineer",
    location: "Berlin",
    years_experience: 6,
    snippet: "Tags: ⟦Java⟧, Remote",
    applications: i % 2 === 0 ? [{ role_id: "r1", role_title: "Platform Engineer", stage: "interviews" }] : [],
  };
}

/** 120 matches for "java", served a page at a time as the store does. */
function serve(calls: { offset: number; limit: number }[]) {
  mockIPC((cmd, args) => {
    if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
    if (cmd === "list_roles" || cmd === "saved_searches") return [];
    if (cmd === "search_candidates") {
      const { offset, limit } = args as { offset: number; limit: number };
      calls.push({ offset, limit });
      const hits = Array.from({ length: Math.max(0, Math.min(limit, 120 - offset)) }, (_, k) => hit(offset + k));
      return { hits, total: 120, offset } satisfies SearchResults;
    }
    return null;
  });
}

afterEach(() => clearMocks());

describe("SearchPage", () => {
  it("shows each hit's roles and stages, the total, and pages through every match", async () => {
    const calls: { offset: number; limit: number }[] = [];
    serve(calls);
    renderInApp(<SearchPage />);
    fireEvent.change(await screen.findByLabelText("Search query"), { target: { value: "java" } });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("120 candidates · showing 1–50, best first"));
    const first = screen.getByText("Person 0").closest("li") as HTMLElement;
    expect(first.querySelector(".hit-roles")?.textContent).toBe("Platform Engineer Interviews");
    expect(first.querySelector(".snippet")?.textContent).toBe("Tags: Java, Remote");
    expect(screen.getByText("Page 1 of 3")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Next 50 →" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("120 candidates · showing 51–100, best first"));
    expect(screen.getByText("Person 50")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next 50 →" }));
    await waitFor(() => expect(screen.getByText("Person 119")).toBeTruthy());
    expect((screen.getByRole("button", { name: "Next 50 →" }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.some((c) => c.offset === 100 && c.limit === 50)).toBe(true);

    // A new query starts again from the best match.
    fireEvent.change(screen.getByLabelText("Search query"), { target: { value: "java OR kotlin" } });
    await waitFor(() => expect(screen.getByText("Page 1 of 3")).toBeTruthy());
    expect(calls.at(-1)?.offset).toBe(0);
  });

  it("deletes a saved search with an Undo that brings it back as it was", async () => {
    const kept = { id: "s1", name: "Java in Berlin", query: "java", filters: { role_id: null, stage: null, tags: [], source: null, location: "Berlin", skills: [], min_years: null, max_years: null } };
    let list = [kept];
    const saves: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_settings") return settingsAt(NOW, "Europe/Berlin");
      if (cmd === "list_roles") return [];
      if (cmd === "saved_searches") return list;
      if (cmd === "delete_saved_search") {
        list = [];
        return null;
      }
      if (cmd === "save_search") {
        saves.push(args);
        list = [{ ...kept, id: "s2" }];
        return list[0];
      }
      return { hits: [], total: 0, offset: 0 };
    });
    renderInApp(<SearchPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Delete Java in Berlin" }));
    const undo = await screen.findByRole("button", { name: "Undo" });
    expect(screen.getByText("Deleted the saved search “Java in Berlin”.")).toBeTruthy();
    fireEvent.click(undo);
    await waitFor(() => expect(saves).toEqual([{ name: "Java in Berlin", query: "java", filters: kept.filters }]));
    expect(await screen.findByRole("button", { name: "Java in Berlin" })).toBeTruthy();
  });
});
