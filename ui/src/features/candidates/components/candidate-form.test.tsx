import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { ToastProvider } from "../../../components/toast";
import { CandidateForm } from "./candidate-form";

afterEach(() => clearMocks());

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <CandidateForm onClose={() => undefined} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe("CandidateForm", () => {
  it("sends cleaned lists and shows each server error beside the row it is about", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_roles") return [];
      if (cmd === "create_candidate") {
        sent.push(args);
        throw { kind: "validation", message: "“bob@” is not a valid email address.", fields: [{ field: "emails.0", message: "“bob@” is not a valid email address." }] };
      }
      return [];
    });
    renderForm();
    fireEvent.change(screen.getByLabelText("Full name"), { target: { value: "Bob" } });
    fireEvent.click(screen.getByRole("button", { name: "+ Add email" }));
    // The first row stays blank; the typo is in the second.
    fireEvent.change(screen.getByLabelText("Emails 2"), { target: { value: "Bob@" } });
    fireEvent.click(screen.getByRole("button", { name: "Add candidate" }));

    const error = await screen.findByText("“bob@” is not a valid email address.", { selector: ".field-error" });
    expect((sent[0] as { input: { emails: string[] } }).input.emails).toEqual(["bob@"]);
    // The blank row was dropped, so the error sits beside the only row left, which holds the typo.
    const row = error.closest(".field");
    expect(row?.querySelector("input")?.value).toBe("bob@");
    expect(screen.queryByLabelText("Emails 2")).toBeNull();
  });

  it("clears a field's error from a failed save as soon as that field is edited, and only that one", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_roles") return [];
      if (cmd === "create_candidate") {
        throw {
          kind: "validation",
          message: "2 fields need attention.",
          fields: [
            { field: "full_name", message: "Full name is required." },
            { field: "emails.0", message: "“bob@” is not a valid email address." },
          ],
        };
      }
      return [];
    });
    renderForm();
    fireEvent.change(screen.getByLabelText("Emails 1"), { target: { value: "bob@" } });
    fireEvent.click(screen.getByRole("button", { name: "Add candidate" }));
    await screen.findByText("Full name is required.");
    expect(screen.getByText("2 fields need attention; each is marked below.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Full name"), { target: { value: "Bob" } });
    expect(screen.queryByText("Full name is required."), "the name's error went with the edit").toBeNull();
    expect(screen.getByLabelText("Full name").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getByText("“bob@” is not a valid email address."), "the email still needs fixing").toBeTruthy();
    expect(screen.queryByText("2 fields need attention; each is marked below.")).toBeNull();

    fireEvent.change(screen.getByLabelText("Emails 1"), { target: { value: "bob@example.com" } });
    expect(screen.queryByText("“bob@” is not a valid email address.")).toBeNull();
  });
});
