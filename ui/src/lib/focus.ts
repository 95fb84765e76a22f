// Focus inside modals: where it starts, and keeping Tab inside. Native modal <dialog>s are meant
// to do the second, but WebKit lets Tab leave them, and the palette and debrief are plain overlays.

const CANDIDATES = "a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable='false'])";
/** Controls a person fills in (as opposed to buttons and links). */
const FIELD = "input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea, [contenteditable]:not([contenteditable='false'])";
/** Marks the control a modal should start on instead of its first field (e.g. the debrief's presentation toggle). */
export const AUTOFOCUS = "[data-autofocus]";
/** Marks a modal's close control (the ×), which never gets the initial focus. */
export const CLOSE = "[data-dialog-close]";
/** A modal's primary action, for a modal with no field. */
const PRIMARY = "button[type=submit], .button-primary";

function visible(el: HTMLElement): boolean {
  // checkVisibility is the browser's own answer (display, content-visibility); jsdom lacks it.
  return typeof el.checkVisibility === "function" ? el.checkVisibility() : true;
}

/** The elements Tab stops on inside `root`, in order: one radio per group (the checked one). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (el) => el.tabIndex >= 0 && !el.matches(":disabled") && !el.closest("[hidden], [inert]") && !(el instanceof HTMLInputElement && el.type === "hidden") && visible(el),
  );
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== "radio" || !el.name) return true;
    const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === "radio" && o.name === el.name && o.form === el.form);
    const checked = group.find((o) => o.checked);
    return checked ? checked === el : group[0] === el;
  });
}

/**
 * Where focus goes when a modal opens: a control marked `data-autofocus`, else the first field,
 * else the primary action, else the first other control that is not the ×. `null` when there is
 * none of these (the caller then focuses the modal itself).
 */
export function initialFocus(root: HTMLElement): { el: HTMLElement; settled: boolean } | null {
  const list = tabbables(root).filter((el) => !el.closest(CLOSE));
  const chosen = list.find((el) => el.matches(AUTOFOCUS)) ?? list.find((el) => el.matches(FIELD)) ?? list.find((el) => el.matches(PRIMARY));
  if (chosen) return { el: chosen, settled: true };
  // Not settled: a field may still arrive (the content is loading), and should then get the focus.
  const other = list[0];
  return other ? { el: other, settled: false } : null;
}

type TabKeys = "key" | "shiftKey" | "ctrlKey" | "metaKey" | "altKey" | "defaultPrevented" | "preventDefault";

/** Keeps Tab and Shift+Tab inside `root`, wrapping at either end. Call from the root's keydown. */
export function trapTab(event: Pick<KeyboardEvent, TabKeys>, root: HTMLElement): void {
  if (event.key !== "Tab" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const list = tabbables(root);
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) {
    event.preventDefault();
    root.focus();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && active !== root && root.contains(active);
  let atStart = !inside;
  let atEnd = !inside;
  if (inside) {
    const index = list.indexOf(active);
    if (index >= 0) {
      atStart = index === 0;
      atEnd = index === list.length - 1;
    } else {
      // Focus is on something Tab skips (an unchecked radio, a tabindex=-1 element): wrap when
      // nothing tabbable lies beyond it.
      atStart = !list.some((el) => el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
      atEnd = !list.some((el) => el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING);
    }
  }
  if (event.shiftKey && atStart) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && atEnd) {
    event.preventDefault();
    first.focus();
  }
}
