// A question before an action that cannot be taken back (or only with effort): it says what will
// happen in words, and starts on the safe answer, so a stray Enter, Space or the second half of a
// double click never confirms.
import type { ReactNode } from "react";

import { Dialog } from "./dialog";

type Props = {
  /** The question, naming the thing: "Close Platform Engineer?". */
  title: string;
  /** What happens, and what does not. */
  children: ReactNode;
  /** The action in words ("Close role"), never "OK". */
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = "Cancel", danger, pending, onConfirm, onCancel }: Props) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className="confirm-text">{children}</div>
      <div className="form-actions">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={danger ? "button button-danger button-primary" : "button button-primary"} data-confirm disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
