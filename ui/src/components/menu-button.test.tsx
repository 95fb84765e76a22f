import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { press } from "../test/keyboard";
import { MenuButton } from "./menu-button";

function renderMenu() {
  const chosen: string[] = [];
  const items = ["Log interview", "Message", "Offer…"].map((label) => ({ label, onSelect: () => void chosen.push(label) }));
  render(<MenuButton label="More…" name="More actions for Platform Engineer" items={items} />);
  const button = screen.getByRole("button", { name: "More actions for Platform Engineer" });
  return { button, chosen };
}

const item = (name: string) => screen.getByRole("menuitem", { name });

describe("MenuButton", () => {
  it("is a menu button that says whether its menu is open", () => {
    const { button } = renderMenu();
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("menu"), "closed until asked").toBeNull();
  });

  it("opens with Enter on the first item, walks with the arrows (wrapping), Home and End, and runs an item with Enter", () => {
    const { button, chosen } = renderMenu();
    button.focus();
    press("Enter");
    const menu = screen.getByRole("menu", { name: "More actions for Platform Engineer" });
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(button.getAttribute("aria-controls")).toBe(menu.id);
    expect(document.activeElement, "Enter put the focus on the first item").toBe(item("Log interview"));
    press("ArrowDown");
    expect(document.activeElement).toBe(item("Message"));
    press("ArrowUp");
    press("ArrowUp");
    expect(document.activeElement, "↑ on the first item wraps to the last").toBe(item("Offer…"));
    press("ArrowDown");
    expect(document.activeElement, "↓ on the last item wraps to the first").toBe(item("Log interview"));
    press("End");
    expect(document.activeElement).toBe(item("Offer…"));
    press("Home");
    expect(document.activeElement).toBe(item("Log interview"));
    press("m");
    expect(document.activeElement, "a letter jumps to the item starting with it").toBe(item("Message"));
    press("Enter");
    expect(chosen).toEqual(["Message"]);
    expect(screen.queryByRole("menu"), "running an item closes the menu").toBeNull();
    expect(document.activeElement, "focus is back on the button").toBe(button);
  });

  it("opens on the last item with ↑, and Esc closes it back to the button without running anything", () => {
    const { button, chosen } = renderMenu();
    button.focus();
    press("ArrowUp");
    expect(document.activeElement).toBe(item("Offer…"));
    const outer = vi.fn();
    document.addEventListener("keydown", outer);
    press("Escape");
    document.removeEventListener("keydown", outer);
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(outer, "Esc stops at the menu: the panel around it stays open").not.toHaveBeenCalled();
    expect(chosen).toEqual([]);
  });

  it("closes on Tab, moving on from the button, and on a click outside", () => {
    const { button } = renderMenu();
    button.focus();
    press("ArrowDown");
    // Only the keydown: the browser's Tab then moves on from wherever the focus is.
    fireEvent.keyDown(item("Log interview"), { key: "Tab" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement, "Tab moves on from the button, not from a vanished item").toBe(button);

    fireEvent.click(button);
    expect(screen.getByRole("menu")).toBeTruthy();
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole("menu")).toBeNull();
  });
});
