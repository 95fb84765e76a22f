import { describe, expect, it } from "vitest";

import type { Route } from "./router";
import { navigate, parseRoute, restoreLastPage, routeHash } from "./router";

describe("router", () => {
  it("round-trips every route through the URL hash", () => {
    const routes: Route[] = [
      { page: "roles" },
      { page: "role", id: "0193-abc" },
      { page: "role", id: "0193-abc", candidate: "0193-def" },
      { page: "candidates" },
      { page: "candidates", id: "0193-def" },
      { page: "settings" },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it("falls back to roles for unknown or empty hashes", () => {
    expect(parseRoute("")).toEqual({ page: "roles" });
    expect(parseRoute("#/nowhere")).toEqual({ page: "roles" });
  });

  it("restores the last page in place of the empty start page, so Back never leads to a blank one", () => {
    window.history.replaceState(null, "", window.location.pathname);
    window.localStorage.setItem("shortlist.last-page:/tmp/router.db", "#/candidates");
    const entries = window.history.length;
    restoreLastPage("/tmp/router.db");
    expect(window.location.hash).toBe("#/candidates");
    expect(window.history.length, "no history entry for the empty page").toBe(entries);
  });

  it("adds a history entry for every page it goes to, so Back returns there", () => {
    const entries = window.history.length;
    navigate({ page: "role", id: "r1" });
    navigate({ page: "role", id: "r1", candidate: "c1" });
    expect(window.history.length).toBe(entries + 2);
    expect(window.location.hash).toBe("#/roles/r1/candidates/c1");
  });
});
