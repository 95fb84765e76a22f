// A keyboard for jsdom. fireEvent.keyDown only dispatches the event; a real window then does
// what the key means unless a handler prevented it: a letter lands in the focused text field,
// Space and Enter press a focused button, Tab moves focus, Esc asks the open <dialog> to cancel.
// These helpers do the same, so a test of "typing into a dialog" fails the way the app failed.
import { fireEvent } from "@testing-library/react";

const TABBABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
const TEXT_TYPES = ["text", "search", "email", "url", "tel", "password", "number", ""];

function focused(): HTMLElement {
  return document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
}

function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return el instanceof HTMLInputElement && TEXT_TYPES.includes(el.getAttribute("type") ?? "") && !el.readOnly && !el.disabled;
}

/** Every element Tab stops on, in document order: no inertness, as in a window where focus can leave a dialog. */
function tabbable(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => el.tabIndex >= 0 && !el.matches(":disabled") && !el.closest("[hidden], dialog:not([open])"),
  );
}

/** Presses one key on whatever has focus, with the default action a browser would take. */
export function press(key: string, init: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}): void {
  const target = focused();
  if (!fireEvent.keyDown(target, { key, ...init })) return;
  if (key === "Tab") {
    const order = tabbable();
    const next = order[order.indexOf(target) + (init.shiftKey ? -1 : 1)];
    if (next) next.focus();
    else target.blur();
  } else if (key === "Escape") {
    const dialog = target.closest("dialog[open]");
    if (dialog instanceof HTMLDialogElement && fireEvent(dialog, new Event("cancel", { cancelable: true }))) dialog.close();
  } else if ((key === " " || key === "Enter") && (target instanceof HTMLButtonElement || (target instanceof HTMLInputElement && ["checkbox", "radio"].includes(target.type)))) {
    if (key === " " || target instanceof HTMLButtonElement) fireEvent.click(target);
  } else if (key.length === 1 && !init.ctrlKey && !init.metaKey && !init.altKey && isTextField(target)) {
    fireEvent.input(target, { target: { value: target.value + key } });
  }
}

/** Types text one key at a time, as a person would. */
export function typeText(text: string): void {
  for (const key of text) press(key);
}
