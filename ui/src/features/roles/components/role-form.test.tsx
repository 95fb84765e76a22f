import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../../../components/toast";
import type { Person } from "../../../lib/types";
import { press, typeText } from "../../../test/keyboard";
import { RoleForm } from "./role-form";

const person = (id: string, name: string, plays: Person["plays"]): Person => ({
  id,
  name,
  email: `${id}@example.com`,
  time_zone: "Europe/Berlin",
  plays,
  created_at: "2031-01-01T00:00:00Z",
  updated_at: "2031-01-01T00:00:00Z",
});

const people = [person("p1", "Priya Shah", ["hiring_manager"]), person("p2", "Pierre Dubois", ["hiring_manager"]), person("p3", "Ravi Rao", ["recruiter"])];

function renderForm() {
  mockIPC((cmd) => (cmd === "list_people" ? people : null));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RoleForm onClose={() => undefined} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => clearMocks());

describe("RoleForm's people pickers", () => {
  it("closes the suggestions on Esc without closing the dialog", async () => {
    renderForm();
    const manager = screen.getByLabelText("Hiring manager") as HTMLInputElement;
    manager.focus();
    typeText("a");
    expect(await screen.findByRole("option", { name: "Priya Shah" })).toBeTruthy();
    expect(screen.queryByRole("option", { name: "Ravi Rao" }), "only hiring managers are suggested").toBeNull();
    expect(screen.queryByRole("option", { name: "Pierre Dubois" }), "only names with the typed text").toBeNull();
    press("Escape");
    expect(screen.queryByRole("listbox"), "Esc closed the suggestions").toBeNull();
    expect(screen.getByRole("dialog", { name: "New role" }), "and only the suggestions").toBeTruthy();
    expect(screen.queryByRole("alertdialog"), "nothing asked yet").toBeNull();
    expect(document.activeElement).toBe(manager);
    press("Escape");
    expect(screen.getByRole("alertdialog", { name: "Discard your changes?" }), "the next Esc is the form's: it has input, so it asks").toBeTruthy();
  });

  it("picks a suggestion with the arrows and Enter, without submitting the form", async () => {
    renderForm();
    const manager = screen.getByLabelText("Hiring manager") as HTMLInputElement;
    manager.focus();
    typeText("P");
    await screen.findByRole("option", { name: "Priya Shah" });
    press("ArrowDown");
    press("ArrowDown");
    press("Enter");
    expect(manager.value).toBe("Pierre Dubois");
    expect(screen.queryByRole("listbox"), "picking closes the suggestions").toBeNull();
    expect(screen.getByRole("dialog", { name: "New role" })).toBeTruthy();
  });
});
