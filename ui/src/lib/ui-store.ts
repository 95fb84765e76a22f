// Truly global UI state: which dialog or overlay is open. Everything else is server state
// (TanStack Query) or local component state.
import { useSyncExternalStore } from "react";

export type DialogState =
  | { kind: "none" }
  | { kind: "new-role" }
  | { kind: "edit-role"; id: string }
  | { kind: "new-candidate"; roleId?: string }
  | { kind: "edit-candidate"; id: string }
  | { kind: "new-person" }
  | { kind: "edit-person"; id: string }
  /** `roleId`: the role the import starts in (the role page it was opened on). */
  | { kind: "import"; paths?: string[]; roleId?: string }
  | { kind: "palette" }
  | { kind: "help" };

let dialog: DialogState = { kind: "none" };
const listeners = new Set<() => void>();

export function openDialog(next: DialogState): void {
  dialog = next;
  listeners.forEach((l) => l());
}

export function closeDialog(): void {
  openDialog({ kind: "none" });
}

export function useDialog(): DialogState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => dialog,
  );
}

/**
 * What the palette asks the page on screen to do with the dialogs that page owns: the candidate
 * panel's debrief, scheduling, offer and outreach; the role page's close (with its confirmation).
 */
export type PageAction =
  | { kind: "debrief" | "schedule" | "log-interview" | "offer"; candidateId: string; applicationId: string }
  | { kind: "outreach"; candidateId: string }
  | { kind: "close-role"; roleId: string };

const pageActionHandlers = new Set<(action: PageAction) => void>();

/** A page (or panel) on screen takes the palette's actions until it unmounts; returns the unsubscribe. */
export function onPageAction(handler: (action: PageAction) => void): () => void {
  pageActionHandlers.add(handler);
  return () => pageActionHandlers.delete(handler);
}

/** Hands an action to every page on screen; each acts only on its own candidate or role. */
export function runPageAction(action: PageAction): void {
  pageActionHandlers.forEach((handler) => handler(action));
}
