// Role pickers (issue 12.11): open roles first, each group by title; the import started inside a
// role goes into that role unless the user picks another.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../components/toast";
import { closeDialog } from "../lib/ui-store";
import { emptyRead, roleOf, summaryOf } from "../test/fixtures";
import { press } from "../test/keyboard";
import type { Route } from "./router";
import { Dialogs } from "./dialogs";
import { useGlobalShortcuts } from "./shortcuts";

const ROLES = [
  summaryOf(roleOf("r-zeta", "Zeta Operations")),
  summaryOf(roleOf("r-backend", "Backend Engineer", { status: "on_hold" })),
  summaryOf(roleOf("r-api", "api Designer")),
  summaryOf(roleOf("r-closed", "Archived Role", { status: "closed" })),
  summaryOf(roleOf("r-data", "Data Engineer", { status: "draft" })),
];

function Page({ route }: { route: Route }) {
  useGlobalShortcuts(route);
  return <Dialogs />;
}

function renderPage(route: Route) {
  mockIPC((cmd) => (cmd === "list_roles" ? ROLES : emptyRead(cmd)));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <Page route={route} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

const optionLabels = (select: HTMLElement) => Array.from((select as HTMLSelectElement).options).map((o) => o.textContent);

afterEach(async () => {
  // Unmount while the mocks still answer: the shell stops listening for file drops as it goes,
  // and Tauri's unlisten runs a task later.
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
  closeDialog();
});

describe("role pickers", () => {
  it("start the import opened on a role page with that role chosen", async () => {
    renderPage({ page: "role", id: "r-data" });
    press("i");
    const select = await screen.findByLabelText<HTMLSelectElement>("Add to a role's pipeline");
    await screen.findByRole("option", { name: "Data Engineer" });
    expect(select.value).toBe("r-data");
  });

  it("list open roles first, then the others, each by title", async () => {
    renderPage({ page: "roles" });
    press("i");
    const select = await screen.findByLabelText("Add to a role's pipeline");
    await screen.findByRole("option", { name: "Zeta Operations" });
    expect(optionLabels(select)).toEqual(["No role", "api Designer", "Zeta Operations", "Backend Engineer", "Data Engineer"]);
    expect((select as HTMLSelectElement).value, "no role chosen outside a role").toBe("");
  });

  it("sort the new candidate's role picker the same way", async () => {
    renderPage({ page: "candidates" });
    press("n");
    await screen.findByRole("option", { name: "Zeta Operations" });
    expect(optionLabels(screen.getByLabelText("Add to role"))).toEqual(["No role yet", "api Designer", "Zeta Operations", "Backend Engineer", "Data Engineer"]);
  });
});
