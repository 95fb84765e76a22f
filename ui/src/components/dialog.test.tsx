import { fireEvent, render, screen } from "@testing-library/react";
import { useRef, useState } from "react";
import { describe, expect, it } from "vitest";

import { HelpOverlay } from "../app/help-overlay";
import { press, typeText } from "../test/keyboard";
import { useDraftScope } from "./close-guard";
import { Dialog } from "./dialog";
import { FormActions } from "./form";

function TeamForm({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState("");
  return (
    <Dialog title="New team" onClose={onClose}>
      <form onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="team-name">Name</label>
        <input id="team-name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="team-size">Size</label>
        <select id="team-size">
          <option>Small</option>
          <option>Large</option>
        </select>
        <FormActions onCancel={onClose} submitLabel="Create team" />
      </form>
    </Dialog>
  );
}

function Kit({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Interview kit" onClose={onClose}>
      <p>Ask about the last outage they handled.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button-primary">
          Print kit
        </button>
      </div>
    </Dialog>
  );
}

/** A part that saves while the dialog stays open (like availability), beside a filter that is not input to keep. */
function Notes({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Notes" onClose={onClose}>
      <label htmlFor="notes-filter">Filter</label>
      <input id="notes-filter" data-no-draft />
      <NotesForm />
    </Dialog>
  );
}

function NotesForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const saved = useDraftScope(formRef);
  const [note, setNote] = useState("");
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        e.preventDefault();
        saved();
      }}
    >
      <label htmlFor="note">Note</label>
      <textarea id="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit">Save note</button>
    </form>
  );
}

/** A page with a button that opens the dialog, as the app's pages do. */
function Page({ dialog }: { dialog: (close: () => void) => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}

function open(dialog: (close: () => void) => React.ReactNode) {
  render(<Page dialog={dialog} />);
  const opener = screen.getByRole("button", { name: "Open" });
  opener.focus();
  fireEvent.click(opener);
  return opener;
}

const active = () => document.activeElement;

describe("Dialog focus", () => {
  it("opens with the cursor in its first field, never on the × button", () => {
    open((close) => <TeamForm onClose={close} />);
    expect(active(), "the first field has focus, so typing goes into the form").toBe(screen.getByLabelText("Name"));
  });

  it("opens on its primary action when it has no field", () => {
    open((close) => <Kit onClose={close} />);
    expect(active(), "a dialog without fields starts on its primary action").toBe(screen.getByRole("button", { name: "Print kit" }));
  });

  it("opens on the dialog itself when it has neither a field nor an action", () => {
    open((close) => <HelpOverlay onClose={close} />);
    expect(active(), "the shortcut list has focus, not its × button").toBe(screen.getByRole("dialog", { name: "Keyboard shortcuts" }));
  });

  it("keeps Tab and Shift+Tab inside the dialog", () => {
    open((close) => <TeamForm onClose={close} />);
    const dialog = screen.getByRole("dialog", { name: "New team" });
    screen.getByRole("button", { name: "Create team" }).focus();
    press("Tab");
    expect(active(), "Tab from the last control wraps to the first (the ×)").toBe(screen.getByRole("button", { name: "Close" }));
    press("Tab", { shiftKey: true });
    expect(active(), "Shift+Tab from the first control wraps to the last").toBe(screen.getByRole("button", { name: "Create team" }));
    for (let i = 0; i < 8; i += 1) {
      press("Tab");
      expect(dialog.contains(active()), `Tab #${i + 1} stays in the dialog`).toBe(true);
    }
  });

  it("gives focus back to the control that opened it", () => {
    const opener = open((close) => <TeamForm onClose={close} />);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog"), "Cancel closed the dialog").toBeNull();
    expect(active(), "focus returned to the Open button").toBe(opener);
  });
});

describe("Dialog Esc", () => {
  it("closes a form with nothing typed at once", () => {
    const opener = open((close) => <TeamForm onClose={close} />);
    press("Escape");
    expect(screen.queryByRole("dialog"), "a clean form closes on Esc").toBeNull();
    expect(screen.queryByRole("alertdialog"), "nothing to discard, so nothing to confirm").toBeNull();
    expect(active()).toBe(opener);
  });

  it("asks before discarding typed input, and Keep editing goes back to the field", () => {
    open((close) => <TeamForm onClose={close} />);
    typeText("Payments");
    press("Escape");
    const confirm = screen.getByRole("alertdialog", { name: "Discard your changes?" });
    expect(screen.getByRole("dialog", { name: "New team" }), "the form stays open while it asks").toBeTruthy();
    expect(active(), "the safe answer has focus").toBe(screen.getByRole("button", { name: "Keep editing" }));
    expect(confirm.hasAttribute("data-discard-confirm")).toBe(true);
    press("Escape");
    expect(screen.queryByRole("alertdialog"), "Esc on the question means keep editing").toBeNull();
    expect(active(), "back in the field that was being edited").toBe(screen.getByLabelText("Name"));
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Payments");
  });

  it("discards from the keyboard: Esc, Tab to Discard, Enter", () => {
    const opener = open((close) => <TeamForm onClose={close} />);
    typeText("Payments");
    press("Escape");
    press("Tab");
    expect(active()).toBe(screen.getByRole("button", { name: "Discard" }));
    press("Tab");
    expect(active(), "Tab stays inside the question").toBe(screen.getByRole("button", { name: "Keep editing" }));
    press("Tab", { shiftKey: true });
    press("Enter");
    expect(screen.queryByRole("dialog"), "Discard closed the form").toBeNull();
    expect(active()).toBe(opener);
  });
});

describe("Dialog unsaved input", () => {
  it("does not count a filter as input to keep", () => {
    open((close) => <Notes onClose={close} />);
    typeText("ada");
    press("Escape");
    expect(screen.queryByRole("dialog"), "a typed filter is not worth a question").toBeNull();
  });

  it("counts a part's input as unsaved until the part saves it", () => {
    open((close) => <Notes onClose={close} />);
    screen.getByLabelText("Note").focus();
    typeText("Prefers mornings");
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    screen.getByLabelText("Note").focus();
    press("Escape");
    expect(screen.queryByRole("dialog"), "saved input closes at once").toBeNull();
  });

  it("asks again when the part has input typed after its last save", () => {
    open((close) => <Notes onClose={close} />);
    screen.getByLabelText("Note").focus();
    typeText("Prefers mornings");
    fireEvent.click(screen.getByRole("button", { name: "Save note" }));
    screen.getByLabelText("Note").focus();
    typeText(", not Fridays");
    press("Escape");
    expect(screen.getByRole("alertdialog", { name: "Discard your changes?" })).toBeTruthy();
  });
});
