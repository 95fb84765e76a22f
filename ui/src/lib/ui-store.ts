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
  | { kind: "import"; paths?: string[] }
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
