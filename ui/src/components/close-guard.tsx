// Esc on a form with unsaved input asks before throwing it away; a clean form closes at once.
// "Unsaved" is noticed, not declared: any typing or choosing inside the modal counts, except in
// controls marked `data-no-draft` (filters, view switches) and in parts that save on their own,
// which say when they have saved through `useDraftScope`.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from "react";
import type { ReactNode, RefObject } from "react";

import { trapTab } from "../lib/focus";

type Scope = { root: RefObject<HTMLElement | null>; unsaved: boolean };
type Scopes = Map<symbol, Scope>;

const ScopesContext = createContext<Scopes | null>(null);

/** Gives the parts of a modal access to its guard (see `useDraftScope`). */
export function DraftScopes({ guard, children }: { guard: CloseGuard; children: ReactNode }) {
  return <ScopesContext.Provider value={guard.scopes}>{children}</ScopesContext.Provider>;
}

/**
 * A part of a modal that saves while the modal stays open (an autosaving scorecard, a Save button
 * that does not close): input inside `root` counts as unsaved until the part calls the returned
 * `saved()`.
 */
export function useDraftScope(root: RefObject<HTMLElement | null>): () => void {
  const scopes = useContext(ScopesContext);
  const [id] = useState(() => Symbol("draft scope"));
  useEffect(() => {
    if (!scopes) return;
    scopes.set(id, { root, unsaved: false });
    return () => void scopes.delete(id);
  }, [scopes, id, root]);
  return useCallback(() => {
    const scope = scopes?.get(id);
    if (scope) scope.unsaved = false;
  }, [scopes, id]);
}

export type CloseGuard = {
  /** The discard question is showing. */
  asking: boolean;
  /** Esc (or the window's close request): closes a clean modal, asks on a dirty one. */
  requestClose: () => void;
  keepEditing: () => void;
  scopes: Scopes;
};

/**
 * Watches the modal at `root` for input and decides what a close request does. `dirty`, when
 * given, is the owner's own answer and replaces the watching.
 */
export function useCloseGuard(root: RefObject<HTMLElement | null>, onClose: () => void, dirty?: boolean): CloseGuard {
  const [asking, setAsking] = useState(false);
  const touched = useRef(false);
  const [scopes] = useState<Scopes>(() => new Map());
  const resume = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const mark = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest("[data-no-draft]")) return;
      const owner = [...scopes.values()].find((s) => s.root.current?.contains(target));
      if (owner) owner.unsaved = true;
      else touched.current = true;
    };
    el.addEventListener("input", mark);
    el.addEventListener("change", mark);
    return () => {
      el.removeEventListener("input", mark);
      el.removeEventListener("change", mark);
    };
  }, [root, scopes]);

  // Back to the control the person was in once the question is gone (and the form is not inert).
  useEffect(() => {
    if (asking) return;
    const el = resume.current;
    resume.current = null;
    if (el?.isConnected) el.focus();
  }, [asking]);

  const unsaved = () => dirty ?? (touched.current || [...scopes.values()].some((s) => s.unsaved));
  return {
    asking,
    scopes,
    requestClose: () => {
      if (asking) return;
      if (!unsaved()) {
        onClose();
        return;
      }
      resume.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    },
    keepEditing: () => setAsking(false),
  };
}

/**
 * "Discard your changes?" over the modal, answered from the keyboard: focus starts on Keep
 * editing, Tab reaches Discard, Esc means keep editing.
 */
export function DiscardConfirm({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="discard-confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-discard-confirm
      onKeyDown={(e) => {
        if (e.key === "Tab") {
          trapTab(e, e.currentTarget);
          e.stopPropagation();
        } else if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onKeep();
        }
      }}
    >
      <div className="discard-confirm-card">
        <h3 id={`${id}-title`}>Discard your changes?</h3>
        <p id={`${id}-text`}>What you entered here has not been saved.</p>
        <div className="form-actions">
          <button ref={keep} type="button" className="button" data-discard-keep onClick={onKeep}>
            Keep editing
          </button>
          <button type="button" className="button button-danger" data-discard onClick={onDiscard}>
            Discard
          </button>
        </div>
      </div>
    </div>
  );
}
