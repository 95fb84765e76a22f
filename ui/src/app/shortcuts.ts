// Global keyboard shortcuts. Single keys act on the page only: never while a dialog, menu, text
// field or the palette has the keyboard (lib/keyboard.ts holds that rule for every shortcut).
import { useEffect } from "react";

import { isTypingOrModal, modalOpen } from "../lib/keyboard";
import { openDialog, useDialog } from "../lib/ui-store";
import type { Route } from "./router";
import { navigate } from "./router";

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
          openDialog({ kind: "import" });
          return;
        case "e":
        case "E":
          if (route.page === "role") openDialog({ kind: "edit-role", id: route.id });
          else if (route.page === "candidates" && route.id) openDialog({ kind: "edit-candidate", id: route.id });
          return;
        case "Escape":
          if (route.page === "candidates" && route.id) navigate({ page: "candidates" });
          return;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog.kind, route]);
}
