import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../components/toast";
import { closeDialog } from "../lib/ui-store";
import { press, typeText } from "../test/keyboard";
import { Dialogs } from "./dialogs";
import { useGlobalShortcuts } from "./shortcuts";

/** The roles page as the keyboard sees it: shortcuts, one button to start from, the global dialogs. */
function RolesPage() {
  useGlobalShortcuts({ page: "roles" });
  return (
    <>
      <button type="button">Export</button>
      <Dialogs />
    </>
  );
}

function renderPage() {
  mockIPC((cmd) => (cmd === "list_roles" || cmd === "list_people" ? [] : null));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RolesPage />
      </ToastProvider>
    </QueryClientProvider>,
  );
  const start = screen.getByRole("button", { name: "Export" });
  start.focus();
  return start;
}

afterEach(() => {
  clearMocks();
  closeDialog();
});

describe("the palette and the dialogs it opens", () => {
  it("opens with the cursor in the palette's input, keeps Tab there, and Esc hands focus back", () => {
    const start = renderPage();
    press("k", { ctrlKey: true });
    const input = screen.getByRole("combobox");
    expect(document.activeElement).toBe(input);
    press("Tab");
    expect(document.activeElement, "Tab does not leave the palette for the page behind").toBe(input);
    press("Escape");
    expect(screen.queryByRole("dialog", { name: "Command palette" })).toBeNull();
    expect(document.activeElement).toBe(start);
  });

  it("gives focus back to where the palette was opened when the dialog it opened closes", () => {
    const start = renderPage();
    press("k", { ctrlKey: true });
    typeText("new role");
    press("Enter");
    expect(document.activeElement, "the new role's first field").toBe(screen.getByLabelText("Title"));
    press("Escape");
    expect(screen.queryByRole("dialog"), "a clean form closes on Esc").toBeNull();
    expect(document.activeElement, "back on the button the palette was opened from").toBe(start);
  });

  it("does not open the palette over a form", () => {
    renderPage();
    press("n");
    expect(screen.getByRole("dialog", { name: "New role" })).toBeTruthy();
    press("k", { ctrlKey: true });
    expect(screen.queryByRole("dialog", { name: "Command palette" }), "Ctrl+K would throw away the form").toBeNull();
  });
});
