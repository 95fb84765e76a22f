import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { NARROW_WINDOW, Sidebar } from "./sidebar";

/** A window `width` px wide, as far as CSS media queries go. */
function windowWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: query === NARROW_WINDOW && width < 1100,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const nav = () => screen.getByRole("navigation", { name: "Main" });

afterEach(() => vi.unstubAllGlobals());

describe("Sidebar", () => {
  it("shows labels in a wide window and collapses to icons by hand, keeping every link's name and tooltip", () => {
    windowWidth(1280);
    render(<Sidebar route={{ page: "role", id: "r1" }} overdue={2} />);
    expect(nav().getAttribute("data-collapsed")).toBe("false");
    fireEvent.click(screen.getByRole("button", { name: "Collapse sidebar" }));
    expect(nav().getAttribute("data-collapsed")).toBe("true");
    const roles = within(nav()).getByRole("link", { name: "Roles" });
    expect(roles.getAttribute("aria-current"), "Roles is current on a role's page").toBe("page");
    expect(roles.getAttribute("title")).toBe("Roles (G R)");
    expect(within(nav()).getByRole("link", { name: /^Feedback/ }).textContent, "the overdue count stays on the icon").toContain("2");
    expect(screen.getByRole("button", { name: "Commands Ctrl K" }).getAttribute("title")).toBe("Commands (Ctrl K)");
    fireEvent.click(screen.getByRole("button", { name: "Expand sidebar" }));
    expect(nav().getAttribute("data-collapsed")).toBe("false");
  });

  it("starts as icons below 1100 px and expands by hand", () => {
    windowWidth(960);
    render(<Sidebar route={{ page: "week" }} overdue={0} />);
    expect(nav().getAttribute("data-collapsed"), "a narrow window starts collapsed").toBe("true");
    expect(within(nav()).getByRole("link", { name: "My week" }).getAttribute("aria-current")).toBe("page");
    fireEvent.click(screen.getByRole("button", { name: "Expand sidebar" }));
    expect(nav().getAttribute("data-collapsed")).toBe("false");
    expect(screen.getByRole("button", { name: "Collapse sidebar" })).toBeTruthy();
  });
});
