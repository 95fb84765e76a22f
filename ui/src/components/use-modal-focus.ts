// Where focus goes when a modal opens and closes: in, to its first field (lib/focus.ts says which
// control that is), and back out to the control that opened it.
import { useEffect, useState } from "react";
import type { RefObject } from "react";

import { initialFocus } from "../lib/focus";

type Opener = { el: HTMLElement | null; before: HTMLElement | null };

/** The control that opened each open modal, so one opened from inside another (the palette's "New role") can hand focus back past it. */
const openers = new WeakMap<Element, Opener>();

function captureOpener(): Opener {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return { el: null, before: null };
  let outer: Element | null = active;
  while (outer && !openers.has(outer)) outer = outer.parentElement;
  const outside = outer ? openers.get(outer) : undefined;
  return { el: active, before: outside?.el ?? outside?.before ?? null };
}

/**
 * Moves focus into the modal at `ref` when it mounts and back to its opener when it unmounts.
 * The modal root needs `tabIndex={-1}`: it takes the focus itself when it holds no control.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>): void {
  // Read while rendering, before an autoFocus'd child inside the modal takes the focus.
  const [opener] = useState(captureOpener);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    openers.set(root, opener);
    let landed: Element | null = null;
    const focusIn = (): boolean => {
      const target = initialFocus(root);
      (target?.el ?? root).focus();
      landed = document.activeElement;
      return target?.settled ?? false;
    };
    // While its content loads, a modal may start on a button; the first field gets the focus when
    // it arrives, unless the person has moved on.
    const observer = new MutationObserver(() => {
      if (document.activeElement !== landed || focusIn()) observer.disconnect();
    });
    if (!focusIn()) observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      openers.delete(root);
      const active = document.activeElement;
      // Focus that already moved on (to another modal, a page the palette opened) stays there.
      if (active && active !== document.body && !root.contains(active)) return;
      const back = [opener.el, opener.before].find((el) => el?.isConnected);
      back?.focus();
    };
  }, [ref, opener]);
}
