// Global keyboard shortcuts. Single keys act on the page only: never while a dialog, menu, text
// field or the palette has the keyboard (lib/keyboard.ts holds that rule for every shortcut).
import { useEffect } from "react";

import { isTypingOrModal, modalOpen } from "../lib/keyboard";
import { openDialog, useDialog } from "../lib/ui-store";
import type { Route } from "./router";
import { goBack, goForward, navigate } from "./router";

/** The mouse's side buttons, as `MouseEvent.button` numbers them. */
const MOUSE_BACK = 3;
const MOUSE_FORWARD = 4;

export function useGlobalShortcuts(route: Route) {
  const dialog = useDialog();
  useEffect(() => {
    let pendingG = false;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") {
        // The palette toggles, and replaces the shortcut list; over a form it does not open: it
        // would throw away what was typed there.
        if (dialog.kind === "palette" || dialog.kind === "help" || (dialog.kind === "none" && !modalOpen())) {
          e.preventDefault();
          openDialog(dialog.kind === "palette" ? { kind: "none" } : { kind: "palette" });
        }
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && (e.key === "ArrowLeft" || e.key === "ArrowRight")) {
        // Back and Forward, as in a browser; in a text field Alt+arrow moves the cursor by words.
        if (e.defaultPrevented || dialog.kind !== "none" || isTypingOrModal(e)) return;
        e.preventDefault();
        if (e.key === "ArrowLeft") goBack();
        else goForward();
        return;
      }
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || dialog.kind !== "none" || isTypingOrModal(e)) {
        pendingG = false;
        return;
      }
      if (pendingG) {
        pendingG = false;
        const to: Record<string, Route> = { r: { page: "roles" }, c: { page: "candidates" }, p: { page: "people" }, f: { page: "feedback" }, w: { page: "week" }, t: { page: "stalled" }, q: { page: "search" }, s: { page: "settings" } };
        const target = to[e.key.toLowerCase()];
        if (target) {
          e.preventDefault();
          navigate(target);
          return;
        }
      }
      switch (e.key) {
        case "g":
        case "G":
          pendingG = true;
          window.setTimeout(() => (pendingG = false), 1200);
          return;
        case "?":
          e.preventDefault();
          openDialog({ kind: "help" });
          return;
        case "/": {
          e.preventDefault();
          const search = document.querySelector<HTMLInputElement>("[data-search]");
          if (search) search.focus();
          else openDialog({ kind: "palette" });
          return;
        }
        case "n":
        case "N":
          e.preventDefault();
          if (route.page === "people") openDialog({ kind: "new-person" });
          else if (route.page === "roles" || route.page === "settings") openDialog({ kind: "new-role" });
          else openDialog({ kind: "new-candidate", roleId: route.page === "role" ? route.id : undefined });
          return;
        case "i":
        case "I":
          e.preventDefault();
          openDialog({ kind: "import", roleId: route.page === "role" ? route.id : undefined });
          return;
        case "e":
        case "E":
          // With a candidate's panel open over the board, E edits what the panel shows, as on the candidates page.
          if (route.page === "role" && route.candidate) openDialog({ kind: "edit-candidate", id: route.candidate });
          else if (route.page === "role") openDialog({ kind: "edit-role", id: route.id });
          else if (route.page === "candidates" && route.id) openDialog({ kind: "edit-candidate", id: route.id });
          return;
        case "Escape":
          if (route.page === "candidates" && route.id) navigate({ page: "candidates" });
          else if (route.page === "role" && route.candidate) navigate({ page: "role", id: route.id });
          return;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog.kind, route]);
}

/**
 * The mouse's back and forward buttons. A press reaches the page as `mouseup` and, in some engines,
 * `auxclick` too: whichever comes first acts, and the other of the same press is ignored.
 * `preventDefault` keeps an engine that navigates by itself (WebView2) from going twice.
 */
export function useMouseHistoryButtons() {
  useEffect(() => {
    let last: { type: string; button: number; at: number } | null = null;
    const onButton = (e: MouseEvent) => {
      if (e.button !== MOUSE_BACK && e.button !== MOUSE_FORWARD) return;
      e.preventDefault();
      const now = performance.now();
      const samePress = last !== null && last.type !== e.type && last.button === e.button && now - last.at < 250;
      last = samePress ? null : { type: e.type, button: e.button, at: now };
      // Not behind a dialog: the page would change under it.
      if (samePress || modalOpen()) return;
      if (e.button === MOUSE_BACK) goBack();
      else goForward();
    };
    window.addEventListener("mouseup", onButton);
    window.addEventListener("auxclick", onButton);
    return () => {
      window.removeEventListener("mouseup", onButton);
      window.removeEventListener("auxclick", onButton);
    };
  }, []);
}
