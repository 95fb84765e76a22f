import { describe, expect, it } from "vitest";

import type { Route } from "./router";
import { parseRoute, routeHash } from "./router";

describe("router", () => {
  it("round-trips every route through the URL hash", () => {
    const routes: Route[] = [
      { page: "roles" },
      { page: "role", id: "0193-abc" },
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
});
