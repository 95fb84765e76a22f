import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { EmptyState } from "./empty-state";
import { Field } from "./field";
import { ItemMessages } from "./form";
import { StageBadge } from "./stage-badge";

describe("Field", () => {
  it("links the label, marks the input invalid and shows the error beside it", () => {
    render(<Field label="Email" errors={["“x” is not a valid email address"]}>{(p) => <input {...p} />}</Field>);
    const input = screen.getByLabelText("Email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toContain("not a valid email address");
    expect(input.getAttribute("aria-describedby")).toBeTruthy();
  });

  it("shows warnings without marking the field invalid", () => {
    render(<Field label="Email" warnings={["Already belongs to Ada"]}>{(p) => <input {...p} />}</Field>);
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getByText("Already belongs to Ada")).toBeTruthy();
  });

  it("starts a warning with an icon every font can draw, not a glyph many lack", () => {
    render(<Field label="Must-haves" warnings={["Needed before the role can open."]}>{(p) => <textarea {...p} />}</Field>);
    const warning = screen.getByText("Needed before the role can open.").closest(".field-warning");
    expect(warning?.textContent, "no ⓘ (U+24D8), which shows as a box without a font that has it").not.toContain("ⓘ");
    expect(warning?.querySelector("svg"), "an inline icon instead").toBeTruthy();
  });
});

describe("ItemMessages", () => {
  it("marks a list entry's warning with the same icon", () => {
    render(<ItemMessages warning="Also on Ada Lovelace" />);
    const warning = screen.getByText("Also on Ada Lovelace").closest(".field-warning");
    expect(warning?.textContent).not.toContain("ⓘ");
    expect(warning?.querySelector("svg")).toBeTruthy();
  });
});

describe("StageBadge", () => {
  it("shows the stage as text with an icon, never colour alone", () => {
    render(<StageBadge stage="rejected" />);
    expect(screen.getByText("Rejected")).toBeTruthy();
    expect(document.querySelector(".stage-badge")?.textContent).toContain("✕");
  });
});

describe("EmptyState", () => {
  it("says what to do next and offers it", () => {
    render(<EmptyState title="No roles yet" actions={<button type="button">Create a role</button>} />);
    expect(screen.getByRole("status").textContent).toContain("No roles yet");
    expect(screen.getByRole("button", { name: "Create a role" })).toBeTruthy();
  });
});
