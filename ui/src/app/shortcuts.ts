// Global keyboard shortcuts. Single keys only fire when no text field has focus.
import { useEffect } from "react";

import { openDialog, useDialog } from "../lib/ui-store";
import type { Route } from "./router";
import { navigate } from "./router";

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useGlobalShortcuts(route: Route) {
  const dialog = useDialog();
  useEffect(() => {
    let pendingG = false;
    const onKey = (e: KeyboardEvent) => {
      // A form (global or local, like the reject dialog) keeps the keyboard: opening the palette
      // over it would throw away what was typed.
      const formOpen = (dialog.kind !== "none" && dialog.kind !== "palette" && dialog.kind !== "help") ||
        (dialog.kind === "none" && document.querySelector("dialog[open]") !== null);
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        if (formOpen) return;
        e.preventDefault();
        openDialog(dialog.kind === "palette" ? { kind: "none" } : { kind: "palette" });
        return;
      }
      if (dialog.kind !== "none" || formOpen || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
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
