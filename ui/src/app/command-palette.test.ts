import { describe, expect, it } from "vitest";

import type { PaletteItem } from "./command-palette";
import { matchItems } from "./command-palette";

const item = (label: string, hint?: string): PaletteItem => ({ id: label, label, hint, run: () => undefined });

describe("palette matching", () => {
  const items = [item("Go to Roles", "G R"), item("New candidate", "create add"), item("Open role: Data Engineer", "Payments")];

  it("matches every typed word anywhere in the label or hint", () => {
    expect(matchItems(items, "data eng").map((i) => i.label)).toEqual(["Open role: Data Engineer"]);
    expect(matchItems(items, "ADD").map((i) => i.label)).toEqual(["New candidate"]);
    expect(matchItems(items, "payments").map((i) => i.label)).toEqual(["Open role: Data Engineer"]);
  });

  it("shows everything for an empty query and nothing for a miss", () => {
    expect(matchItems(items, "  ")).toHaveLength(3);
    expect(matchItems(items, "zzz")).toHaveLength(0);
  });

  it("ranks a word that starts with what was typed above one that only contains it", () => {
    const roles = [item("Go to Needs feedback", "G F"), item("Open role: Backend Engineer", "Payments"), item("Open role: Platform Engineer", "Backoffice")];
    expect(matchItems(roles, "back").map((i) => i.label)).toEqual(["Open role: Backend Engineer", "Open role: Platform Engineer", "Go to Needs feedback"]);
  });

  it("puts an exact or leading match first", () => {
    const list = [item("Open role: Newsroom Editor", "Media"), item("Go to Roles", "G R"), item("New role", "create"), item("New role template", "offer")];
    expect(matchItems(list, "new role").map((i) => i.label)).toEqual(["New role", "New role template", "Open role: Newsroom Editor"]);
  });
});
