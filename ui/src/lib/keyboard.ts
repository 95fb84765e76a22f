// The one rule for single-key shortcuts (N, E, R, G then a letter, Space on a card, …): they act
// on the page, so they stay quiet whenever the keyboard belongs to something else.

/** Where a keystroke is text: form controls and editable content. */
const EDITABLE = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";
/** Widgets that read letters and arrows themselves (menus, lists, comboboxes, dialogs). */
const WIDGET = "[role='menu'], [role='menubar'], [role='listbox'], [role='combobox'], [role='textbox'], [role='dialog'], [role='alertdialog'], dialog";
/** Anything modal on screen: a native modal <dialog>, or an overlay that says it is modal (the palette, the debrief, a confirmation). */
const MODAL = "dialog[open], [aria-modal='true']";

/** Whether a dialog, the palette or another modal overlay is open. */
export function modalOpen(): boolean {
  return document.querySelector(MODAL) !== null;
}

/**
 * True when a single-key shortcut must not run for this key event: its target is a text field,
 * a select or editable content, it is inside a menu, list box, combobox or dialog, or a modal is
 * open anywhere (focus may have slipped to the page behind it).
 */
export function isTypingOrModal(event: Pick<Event, "target">): boolean {
  const target = event.target;
  if (target instanceof Element && target.closest(`${EDITABLE}, ${WIDGET}`)) return true;
  return modalOpen();
}
