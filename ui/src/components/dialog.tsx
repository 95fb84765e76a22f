// A modal built on the native <dialog>, with no library. It opens with the cursor in its first
// field (never on the ×), keeps Tab inside (WebKit's modal <dialog> lets it out), gives focus
// back to the control that opened it, and Esc closes it, asking first when it holds unsaved input.
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

import { trapTab } from "../lib/focus";
import { DiscardConfirm, DraftScopes, useCloseGuard } from "./close-guard";
import { useModalFocus } from "./use-modal-focus";

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Optional footer (buttons); rendered in a bar under the body. */
  footer?: ReactNode;
  /**
   * Whether the dialog holds unsaved input, when its owner knows better than watching for input
   * (see close-guard.tsx); Esc then asks before closing.
   */
  dirty?: boolean;
};

export function Dialog({ title, onClose, children, wide, footer, dirty }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // After showModal, which puts the focus on the first control (the ×) in WebKit.
  useModalFocus(ref);
  const guard = useCloseGuard(ref, onClose, dirty);
  return (
    <dialog
      ref={ref}
      tabIndex={-1}
      className={wide ? "dialog dialog-wide" : "dialog"}
      aria-label={title}
      onCancel={(e) => {
        // The window's own close request (Esc that reached it): never close behind our back.
        e.preventDefault();
        guard.requestClose();
      }}
      onKeyDown={(e) => {
        if (e.key === "Tab") {
          trapTab(e, e.currentTarget);
          e.stopPropagation();
        } else if (e.key === "Escape" && !e.defaultPrevented && !e.nativeEvent.isComposing) {
          // Handled here, so the native cancel (and its Chromium "close anyway on a second Esc") never runs.
          e.preventDefault();
          e.stopPropagation();
          guard.requestClose();
        }
      }}
    >
      <header className="dialog-header" inert={guard.asking}>
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" data-dialog-close onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body" inert={guard.asking}>
        <DraftScopes guard={guard}>{children}</DraftScopes>
      </div>
      {footer && (
        <footer className="dialog-footer" inert={guard.asking}>
          {footer}
        </footer>
      )}
      {guard.asking && <DiscardConfirm onKeep={guard.keepEditing} onDiscard={onClose} />}
    </dialog>
  );
}
